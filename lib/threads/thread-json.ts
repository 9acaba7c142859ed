import type { CommentView } from "@/lib/comments/dto";
import type { ThreadView } from "./read-thread";

/**
 * The public JSON of a thread page (documented in README), shared by the article API and the
 * thread API. A permalink query (`comment=`) gives that comment's conversation and no cursor.
 */
export function toThreadPageJson({ sort, view }: ThreadView) {
  const trees = view.kind === "page" ? view.page.items : view.tree ? [view.tree] : [];
  return {
    sort,
    comments: trees.map((tree) => ({ ...toCommentJson(tree), replies: tree.replies.map(toCommentJson), moreReplies: tree.moreReplies })),
    nextCursor: view.kind === "page" ? view.page.nextCursor : null,
  };
}

function toCommentJson(c: CommentView) {
  return {
    id: c.id,
    parentId: c.parentId,
    depth: c.depth,
    author: { name: c.author.displayName, image: c.author.image },
    html: c.html,
    deleted: c.isDeleted,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    upvotes: c.upvotes,
    downvotes: c.downvotes,
    score: c.score,
    replyingTo: c.replyingTo,
  };
}
