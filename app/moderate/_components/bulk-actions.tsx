import { moderateCommentsAction } from "../actions";

/** Acts on every entry whose checkbox is ticked (the checkboxes join this form by its id). */
export function BulkActions({ returnTo }: { returnTo: string }) {
  return (
    <form id="bulk-form" action={moderateCommentsAction} className="mod-bulk" aria-label="Act on selected comments">
      <input type="hidden" name="returnTo" value={returnTo} />
      <label>
        With the selected comments:{" "}
        <select name="decision" defaultValue="approve">
          <option value="approve">Approve</option>
          <option value="reject">Reject</option>
          <option value="spam">Mark as spam</option>
        </select>
      </label>
      <label>
        Reason <input name="reason" maxLength={500} placeholder="Needed to reject" />
      </label>
      <button type="submit" className="button button--small">Apply to selected</button>
    </form>
  );
}
