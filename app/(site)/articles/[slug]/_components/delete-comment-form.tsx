"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { deleteCommentAction } from "../actions";
import { JsFlag } from "./js-flag";

export function DeleteCommentForm({ commentId, returnTo }: { commentId: number; returnTo: string }) {
  const [state, action, pending] = useActionState(deleteCommentAction, idleFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <p>Delete this comment? Replies to it stay.</p>
      <button type="submit" className="button button--danger" disabled={pending}>
        Yes, delete it
      </button>
      <span aria-live="polite">{state.status === "error" ? <span className="field__error"> {state.message}</span> : null}</span>
    </form>
  );
}
