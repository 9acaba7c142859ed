import type { ThreadMessages } from "@/lib/threads/messages";
import { PlainForm, type PlainFormOptions } from "./plain-form";

/** Deletes one's own comment: `/embed/actions/delete` (field commentId). */
export function PlainDeleteForm({ commentId, messages: m, ...options }: PlainFormOptions & { commentId: number; messages: ThreadMessages }) {
  return (
    <PlainForm action="delete" className="inline-form" fields={{ commentId }} {...options}>
      <p>{m.deleteConfirm}</p>
      <button type="submit" className="button button--danger">
        {m.deleteSubmit}
      </button>
    </PlainForm>
  );
}
