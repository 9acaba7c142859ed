import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { comments, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/moderation/require-role";

/**
 * Reads a comment for a write and locks its row until the transaction ends, so
 * concurrent writes to it (two votes, a vote and a delete) apply one after the other.
 * Throws not_found when the viewer may not see it.
 */
export async function lockVisibleComment(tx: Transaction, commentId: number, viewer: Viewer) {
  const [comment] = await tx
    .select({
      id: comments.id,
      threadId: comments.threadId,
      parentId: comments.parentId,
      rootId: comments.rootId,
      authorId: comments.authorId,
      status: comments.status,
      revision: comments.revision,
      markdown: comments.bodyMarkdown,
      createdAt: comments.createdAt,
      deletedAt: comments.deletedAt,
      replyCount: comments.replyCount,
      upvotes: comments.upvotes,
      downvotes: comments.downvotes,
      openReportCount: comments.openReportCount,
      siteId: threads.siteId,
      thread: { siteId: threads.siteId, createdAt: threads.createdAt, isClosed: threads.isClosed },
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, commentId))
    .for("update", { of: comments });
  if (!comment || (comment.status !== "published" && comment.authorId !== viewer.id && !hasRole(viewer, "moderator"))) {
    throw new AppError("not_found", "That comment doesn't exist or was removed.", { field: "commentId" });
  }
  return comment;
}
