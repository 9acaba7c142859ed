import type { CommentTree as CommentTreeData, CommentView } from "@/lib/comments/dto";
import { CommentItem } from "./comment-item";
import type { ThreadContext } from "./types";

/** A top-level comment and its replies shown so far, depth-first, indented by level. */
export function CommentTree({ tree, ctx }: { tree: CommentTreeData; ctx: ThreadContext }) {
  const lastShown = tree.replies.at(-1)?.id ?? tree.id;
  return (
    <li className="comment-tree">
      <CommentItem comment={tree} ctx={ctx} />
      {tree.replies.length > 0 || tree.moreReplies > 0 ? (
        <ReplyList replies={tree.replies} ctx={ctx}>
          {tree.moreReplies > 0 ? ctx.slots.moreReplies(tree, `${ctx.links.permalink(lastShown)}#comment-${lastShown}`) : null}
        </ReplyList>
      ) : null}
    </li>
  );
}

export function ReplyList({ replies, ctx, children }: { replies: CommentView[]; ctx: ThreadContext; children?: React.ReactNode }) {
  return (
    <ul className="reply-list" aria-label={ctx.messages.replies}>
      {replies.map((reply) => (
        <li key={reply.id}>
          <CommentItem comment={reply} ctx={ctx} />
        </li>
      ))}
      {children}
    </ul>
  );
}
