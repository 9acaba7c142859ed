import { Avatar } from "@/app/_components/avatar";
import type { CommentView } from "@/lib/comments/dto";
import type { ThreadContext } from "./types";

/** A comment's header: who, when (a permalink), and its badges. */
export function CommentMeta({ comment, headingId, ctx }: { comment: CommentView; headingId: string; ctx: ThreadContext }) {
  const { messages: m, slots } = ctx;
  return (
    <header className="comment__header">
      {comment.isDeleted ? null : <Avatar name={comment.author.displayName} image={comment.author.image} size={28} />}
      <h3 id={headingId} className="comment__author">
        {comment.author.displayName}
      </h3>
      <a className="comment__time" href={`${ctx.links.permalink(comment.id)}#comment-${comment.id}`}>
        <slots.Time date={comment.createdAt} now={ctx.now} />
      </a>
      {comment.editedAt && !comment.isDeleted ? <span className="comment__edited">{m.edited}</span> : null}
      {comment.isFeatured ? <span className="badge badge--featured">{m.featured}</span> : null}
      {comment.status !== "published" ? <span className={`badge badge--${comment.status}`}>{m.status[comment.status]}</span> : null}
    </header>
  );
}
