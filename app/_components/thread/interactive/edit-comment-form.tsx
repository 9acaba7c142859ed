"use client";

import { useActionState, useId } from "react";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/constants";
import { idleFormState } from "@/lib/forms/form-state";
import type { ThreadMessages } from "@/lib/threads/messages";
import type { CommentFormActions, CommentFormState } from "./form-actions";
import { JsFlag } from "./js-flag";

type Props = { action: CommentFormActions["edit"]; messages: ThreadMessages; commentId: number; markdown: string; returnTo: string };

export function EditCommentForm({ action: editAction, messages: m, commentId, markdown, returnTo }: Props) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(editAction, idleFormState);
  const id = useId();
  const error = state.status === "error" ? (state.fieldErrors?.body?.[0] ?? state.message) : null;
  return (
    <form action={action} className="comment-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <label htmlFor={`${id}-body`} className="comment-form__label">
        {m.editYourComment}
      </label>
      <textarea id={`${id}-body`} name="body" rows={4} maxLength={MAX_COMMENT_LENGTH} required defaultValue={state.status === "error" ? (state.values?.body ?? markdown) : markdown} aria-describedby={error ? `${id}-error` : undefined} />
      <div aria-live="polite">
        {error ? <p id={`${id}-error`} className="field__error">{error}</p> : null}
        {state.status === "success" ? <p className="form-message--success">{state.message}</p> : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {m.saveChanges}
      </button>
    </form>
  );
}
