import type { CommentTree } from "./dto";
import { type RawCommentRow, type ViewContext, toCommentView } from "./comment-columns";

/**
 * The one tree builder: a top-level comment with the replies shown under it (depth-first,
 * already in path order). Held replies count for their author but not in `moreReplies`,
 * which counts from the published descendants the root keeps.
 */
export function buildCommentTree(root: RawCommentRow, replies: RawCommentRow[], context: ViewContext): CommentTree {
  const shownPublished = replies.filter((r) => r.status === "published").length;
  return {
    ...toCommentView(root, context),
    replies: replies.map((r) => toCommentView(r, context)),
    moreReplies: Math.max(0, root.descendantCount - shownPublished),
    repliesCursor: replies.at(-1)?.path ?? null,
  };
}
