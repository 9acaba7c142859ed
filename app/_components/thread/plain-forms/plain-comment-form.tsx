import { MAX_COMMENT_LENGTH } from "@/lib/comments/constants";
import type { ThreadMessages } from "@/lib/threads/messages";
import { PlainForm, type PlainFormOptions } from "./plain-form";

type Props = PlainFormOptions & {
  threadId: number;
  /** Set for a reply. */
  parentId?: number;
  label: string;
  submitLabel: string;
  messages: ThreadMessages;
};

/** A new comment or a reply, posted to `/embed/actions/post` (fields threadId, parentId, body). */
export function PlainCommentForm({ threadId, parentId, label, submitLabel, messages: m, ...options }: Props) {
  const id = parentId ? `reply-${parentId}` : `new-comment-${threadId}`;
  return (
    <PlainForm action="post" className="comment-form" fields={{ threadId, parentId }} {...options}>
      <label htmlFor={`${id}-body`} className="comment-form__label">
        {label}
      </label>
      <textarea id={`${id}-body`} name="body" rows={parentId ? 3 : 4} maxLength={MAX_COMMENT_LENGTH} required aria-describedby={`${id}-help`} />
      <p id={`${id}-help`} className="field__hint">
        {m.markdownHint}
      </p>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </PlainForm>
  );
}
