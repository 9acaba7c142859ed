"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import type { ThreadMessages } from "@/lib/threads/messages";
import type { CommentFormActions } from "./form-actions";
import { JsFlag } from "./js-flag";

type Props = { action: CommentFormActions["delete"]; messages: ThreadMessages; commentId: number; returnTo: string };

export function DeleteCommentForm({ action: deleteAction, messages: m, commentId, returnTo }: Props) {
  const [state, action, pending] = useActionState(deleteAction, idleFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <p>{m.deleteConfirm}</p>
      <button type="submit" className="button button--danger" disabled={pending}>
        {m.deleteSubmit}
      </button>
      <span aria-live="polite">{state.status === "error" ? <span className="field__error"> {state.message}</span> : null}</span>
    </form>
  );
}
