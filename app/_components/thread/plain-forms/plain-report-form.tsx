import type { ThreadMessages } from "@/lib/threads/messages";
import { ReportReasons } from "../report-reasons";
import { PlainForm, type PlainFormOptions } from "./plain-form";

/** Reports a comment: `/embed/actions/report` (fields commentId, reason, note). */
export function PlainReportForm({ commentId, messages: m, ...options }: PlainFormOptions & { commentId: number; messages: ThreadMessages }) {
  const id = `report-${commentId}`;
  return (
    <PlainForm action="report" className="inline-form" fields={{ commentId }} {...options}>
      <ReportReasons messages={m} />
      <label htmlFor={`${id}-note`}>{m.reportNote}</label>
      <textarea id={`${id}-note`} name="note" rows={2} maxLength={500} />
      <button type="submit" className="button button--secondary">
        {m.sendReport}
      </button>
    </PlainForm>
  );
}
