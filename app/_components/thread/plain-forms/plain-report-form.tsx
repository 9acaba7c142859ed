import type { ThreadMessages } from "@/lib/threads/messages";
import { PlainForm, type PlainFormOptions } from "./plain-form";

/** Reports a comment: `/embed/actions/report` (fields commentId, reason, note). */
export function PlainReportForm({ commentId, messages: m, ...options }: PlainFormOptions & { commentId: number; messages: ThreadMessages }) {
  const id = `report-${commentId}`;
  return (
    <PlainForm action="report" className="inline-form" fields={{ commentId }} {...options}>
      <fieldset>
        <legend>{m.reportLegend}</legend>
        {Object.entries(m.reportReasons).map(([value, label], i) => (
          <label key={value} className="choice">
            <input type="radio" name="reason" value={value} required defaultChecked={i === 0} /> {label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>{m.reportNote}</label>
      <textarea id={`${id}-note`} name="note" rows={2} maxLength={500} />
      <button type="submit" className="button button--secondary">
        {m.sendReport}
      </button>
    </PlainForm>
  );
}
