"use client";

import { useActionState, useId } from "react";
import { REPORT_REASONS } from "@/lib/comments/schemas";
import { idleFormState } from "@/lib/forms/form-state";
import { reportCommentAction } from "../actions";
import { JsFlag } from "./js-flag";

export function ReportCommentForm({ commentId, returnTo }: { commentId: number; returnTo: string }) {
  const [state, action, pending] = useActionState(reportCommentAction, idleFormState);
  const id = useId();
  if (state.status === "success") return <p role="status" className="form-message--success">{state.message}</p>;
  const noteError = state.status === "error" ? state.fieldErrors?.note?.[0] : undefined;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <fieldset>
        <legend>Why are you reporting this comment?</legend>
        {Object.entries(REPORT_REASONS).map(([value, label], i) => (
          <label key={value} className="choice">
            <input type="radio" name="reason" value={value} required defaultChecked={i === 0} /> {label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>Note for the moderators (needed for “Something else”)</label>
      <textarea id={`${id}-note`} name="note" rows={2} maxLength={500} defaultValue={state.status === "error" ? (state.values?.note ?? "") : ""} aria-describedby={noteError ? `${id}-note-error` : undefined} />
      <div aria-live="polite">
        {state.status === "error" ? <p id={`${id}-note-error`} className="field__error">{noteError ?? state.message}</p> : null}
      </div>
      <button type="submit" className="button button--secondary" disabled={pending}>
        Send report
      </button>
    </form>
  );
}
