import type { CommentTree as CommentTreeData, CommentView } from "@/lib/comments/dto";
import { CommentItem, type ThreadContext } from "./comment-item";
import { ShowMoreReplies } from "./show-more-replies";

/** A top-level comment and its replies shown so far, depth-first, indented by level. */
export function CommentTree({ tree, ctx }: { tree: CommentTreeData; ctx: ThreadContext }) {
  const lastShown = tree.replies.at(-1);
  return (
    <li className="comment-tree">
      <CommentItem comment={tree} ctx={ctx} />
      {tree.replies.length > 0 || tree.moreReplies > 0 ? (
        <ReplyList replies={tree.replies} ctx={ctx}>
          {tree.moreReplies > 0 ? (
            <ShowMoreReplies
              slug={ctx.slug}
              rootId={tree.id}
              afterPath={tree.repliesCursor ?? ""}
              count={tree.moreReplies}
              fallbackHref={`/articles/${ctx.slug}?comment=${lastShown?.id ?? tree.id}#comment-${lastShown?.id ?? tree.id}`}
            />
          ) : null}
        </ReplyList>
      ) : null}
    </li>
  );
}

export function ReplyList({ replies, ctx, children }: { replies: CommentView[]; ctx: ThreadContext; children?: React.ReactNode }) {
  return (
    <ul className="reply-list" aria-label="Replies">
      {replies.map((reply) => (
        <li key={reply.id}>
          <CommentItem comment={reply} ctx={ctx} />
        </li>
      ))}
      {children}
    </ul>
  );
}
