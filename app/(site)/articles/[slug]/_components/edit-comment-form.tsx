"use client";

import { useActionState, useId } from "react";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/constants";
import { idleFormState } from "@/lib/forms/form-state";
import { type CommentFormState, editCommentAction } from "../actions";
import { JsFlag } from "./js-flag";

export function EditCommentForm({ commentId, markdown, returnTo }: { commentId: number; markdown: string; returnTo: string }) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(editCommentAction, idleFormState);
  const id = useId();
  const error = state.status === "error" ? (state.fieldErrors?.body?.[0] ?? state.message) : null;
  return (
    <form action={action} className="comment-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <label htmlFor={`${id}-body`} className="comment-form__label">
        Edit your comment
      </label>
      <textarea id={`${id}-body`} name="body" rows={4} maxLength={MAX_COMMENT_LENGTH} required defaultValue={state.status === "error" ? (state.values?.body ?? markdown) : markdown} aria-describedby={error ? `${id}-error` : undefined} />
      <div aria-live="polite">
        {error ? <p id={`${id}-error`} className="field__error">{error}</p> : null}
        {state.status === "success" ? <p className="form-message--success">{state.message}</p> : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        Save changes
      </button>
    </form>
  );
}
