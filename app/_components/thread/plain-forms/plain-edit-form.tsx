import { MAX_COMMENT_LENGTH } from "@/lib/comments/constants";
import type { ThreadMessages } from "@/lib/threads/messages";
import { PlainForm, type PlainFormOptions } from "./plain-form";

type Props = PlainFormOptions & { commentId: number; markdown: string; messages: ThreadMessages };

/** Rewrites one's own comment: `/embed/actions/edit` (fields commentId, body). */
export function PlainEditForm({ commentId, markdown, messages: m, ...options }: Props) {
  const id = `edit-${commentId}`;
  return (
    <PlainForm action="edit" className="comment-form" fields={{ commentId }} {...options}>
      <label htmlFor={`${id}-body`} className="comment-form__label">
        {m.editYourComment}
      </label>
      <textarea id={`${id}-body`} name="body" rows={4} maxLength={MAX_COMMENT_LENGTH} required defaultValue={markdown} />
      <button type="submit" className="button">
        {m.saveChanges}
      </button>
    </PlainForm>
  );
}
