"use client";

import { useActionState, useId } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import type { ThreadMessages } from "@/lib/threads/messages";
import { ReportReasons } from "../report-reasons";
import type { CommentFormActions } from "./form-actions";
import { JsFlag } from "./js-flag";

type Props = { action: CommentFormActions["report"]; messages: ThreadMessages; commentId: number; returnTo: string };

export function ReportCommentForm({ action: reportAction, messages: m, commentId, returnTo }: Props) {
  const [state, action, pending] = useActionState(reportAction, idleFormState);
  const id = useId();
  if (state.status === "success") return <p role="status" className="form-message--success">{state.message}</p>;
  const noteError = state.status === "error" ? state.fieldErrors?.note?.[0] : undefined;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <ReportReasons messages={m} />
      <label htmlFor={`${id}-note`}>{m.reportNote}</label>
      <textarea id={`${id}-note`} name="note" rows={2} maxLength={500} defaultValue={state.status === "error" ? (state.values?.note ?? "") : ""} aria-describedby={noteError ? `${id}-note-error` : undefined} />
      <div aria-live="polite">
        {state.status === "error" ? <p id={`${id}-note-error`} className="field__error">{noteError ?? state.message}</p> : null}
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {m.sendReport}
      </button>
    </form>
  );
}
