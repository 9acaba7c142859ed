import { Avatar } from "@/app/_components/avatar";
import { Timestamp } from "@/app/_components/timestamp";
import type { CommentView } from "@/lib/comments/dto";
import { CommentActions } from "./comment-actions";
import { ModeratorCommentControls } from "./moderator-comment-controls";

const STATUS_BADGE = { pending: "Awaiting moderation", rejected: "Rejected", spam: "Spam" } as const;

export type ThreadContext = { slug: string; threadId: number; returnTo: string; now: Date; highlightId?: number; isModerator?: boolean };

/** One comment: author and time in its header, the stored (sanitized) HTML, then its controls. */
export function CommentItem({ comment, ctx }: { comment: CommentView; ctx: ThreadContext }) {
  const headingId = `comment-${comment.id}-author`;
  const classes = ["comment", `comment--depth-${Math.min(comment.depth, 5)}`];
  if (ctx.highlightId === comment.id) classes.push("comment--highlight");
  if (comment.status !== "published") classes.push("comment--held");
  return (
    <article id={`comment-${comment.id}`} className={classes.join(" ")} aria-labelledby={headingId} tabIndex={-1}>
      <header className="comment__header">
        {comment.isDeleted ? null : <Avatar name={comment.author.displayName} image={comment.author.image} size={28} />}
        <h3 id={headingId} className="comment__author">
          {comment.author.displayName}
        </h3>
        <a className="comment__time" href={`/articles/${ctx.slug}?comment=${comment.id}#comment-${comment.id}`}>
          <Timestamp date={comment.createdAt} now={ctx.now} />
        </a>
        {comment.editedAt && !comment.isDeleted ? <span className="comment__edited">(edited)</span> : null}
        {comment.isFeatured ? <span className="badge badge--featured">Featured</span> : null}
        {comment.status !== "published" ? <span className={`badge badge--${comment.status}`}>{STATUS_BADGE[comment.status]}</span> : null}
      </header>
      {comment.moderation?.reason || comment.moderation?.rule ? (
        <p className="comment__moderation">
          {comment.moderation.rule ? <strong>Rule: {comment.moderation.rule}. </strong> : null}
          {comment.moderation.reason}
        </p>
      ) : null}
      {comment.replyingTo ? <p className="comment__replying">replying to @{comment.replyingTo}</p> : null}
      {comment.isDeleted ? (
        <p className="comment__text comment__text--deleted">{comment.placeholder}</p>
      ) : (
        <div className="comment__text" dangerouslySetInnerHTML={{ __html: comment.html }} />
      )}
      {ctx.isModerator ? <ModeratorCommentControls comment={comment} returnTo={ctx.returnTo} /> : null}
      <CommentActions comment={comment} authorName={comment.author.displayName} slug={ctx.slug} threadId={ctx.threadId} returnTo={ctx.returnTo} />
    </article>
  );
}
