import type { CommentView } from "@/lib/comments/dto";
import { fill } from "@/lib/threads/format-message";
import type { ThreadMessages } from "@/lib/threads/messages";

/** Why it is held, whom it answers, and the stored (sanitized on write) HTML or its placeholder. */
export function CommentBody({ comment, messages: m }: { comment: CommentView; messages: ThreadMessages }) {
  return (
    <>
      {comment.moderation?.reason || comment.moderation?.rule ? (
        <p className="comment__moderation">
          {comment.moderation.rule ? <strong>{fill(m.rule, { rule: comment.moderation.rule })}</strong> : null}
          {comment.moderation.reason}
        </p>
      ) : null}
      {comment.replyingTo ? <p className="comment__replying">{fill(m.replyingTo, { name: comment.replyingTo })}</p> : null}
      {comment.isDeleted ? (
        <p className="comment__text comment__text--deleted">{comment.placeholder ? m.placeholders[comment.placeholder] : null}</p>
      ) : (
        <div className="comment__text" dangerouslySetInnerHTML={{ __html: comment.html }} />
      )}
    </>
  );
}
