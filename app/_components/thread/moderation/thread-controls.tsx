import { setThreadClosedAction, setThreadPremoderatedAction } from "@/app/moderate/actions";

type Props = { threadId: number; isClosed: boolean; isPremoderated: boolean; returnTo: string };

/** Close or reopen the thread, and pre-moderate it: moderators only. */
export function ThreadControls({ threadId, isClosed, isPremoderated, returnTo }: Props) {
  return (
    <div className="mod-strip" aria-label="Thread moderation">
      <form action={setThreadClosedAction} className="inline-actions">
        <input type="hidden" name="threadId" value={threadId} />
        <input type="hidden" name="value" value={String(!isClosed)} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <input type="hidden" name="anchor" value="#comments" />
        <button type="submit" className="button button--secondary button--small">{isClosed ? "Reopen comments" : "Close comments"}</button>
      </form>
      <form action={setThreadPremoderatedAction} className="inline-actions">
        <input type="hidden" name="threadId" value={threadId} />
        <input type="hidden" name="value" value={String(!isPremoderated)} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <input type="hidden" name="anchor" value="#comments" />
        <button type="submit" className="button button--secondary button--small">
          {isPremoderated ? "Stop pre-moderating this article" : "Pre-moderate this article"}
        </button>
      </form>
    </div>
  );
}
