import type { CommentView } from "@/lib/comments/dto";
import { CommentBody } from "./comment-body";
import { CommentMeta } from "./comment-meta";
import type { ThreadContext } from "./types";

/** One comment: author and time in its header, its text, then the caller's controls. */
export function CommentItem({ comment, ctx }: { comment: CommentView; ctx: ThreadContext }) {
  const headingId = `comment-${comment.id}-author`;
  const classes = ["comment", `comment--depth-${Math.min(comment.depth, 5)}`];
  if (ctx.highlightId === comment.id) classes.push("comment--highlight");
  if (comment.status !== "published") classes.push("comment--held");
  return (
    <article id={`comment-${comment.id}`} className={classes.join(" ")} aria-labelledby={headingId} tabIndex={-1}>
      <CommentMeta comment={comment} headingId={headingId} ctx={ctx} />
      <CommentBody comment={comment} messages={ctx.messages} />
      {ctx.slots.moderation?.(comment)}
      {ctx.slots.controls(comment)}
    </article>
  );
}
