import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { MAX_FEATURED } from "@/lib/comments/constants";
import { parseInput } from "@/lib/forms/parse-input";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "./audit";
import { requireRole } from "./require-role";
import { featureCommentSchema } from "./schemas";

/** Pins a top-level comment to the top of its thread with a "Featured" badge, or unpins it. */
export async function featureComment(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const moderator = requireRole(viewer, "moderator");
  const { commentId, featured } = parseInput(featureCommentSchema, raw, "Choose a comment.");
  return getDb().transaction(async (tx) => {
    const [comment] = await tx
      .select({ parentId: comments.parentId, status: comments.status, revision: comments.revision, markdown: comments.bodyMarkdown, deletedAt: comments.deletedAt, isFeatured: comments.isFeatured, threadId: comments.threadId, siteId: threads.siteId, authorId: comments.authorId })
      .from(comments)
      .innerJoin(threads, eq(threads.id, comments.threadId))
      .where(eq(comments.id, commentId))
      .for("update", { of: comments });
    if (!comment) throw new AppError("not_found", "That comment doesn't exist.");
    if (featured && (comment.parentId !== null || comment.status !== "published" || comment.deletedAt)) {
      throw new AppError("conflict", "Only a published top-level comment can be featured.");
    }
    if (featured && !comment.isFeatured) {
      // The thread's lock makes two moderators featuring at once count one after the other.
      await tx.select({ id: threads.id }).from(threads).where(eq(threads.id, comment.threadId)).for("no key update");
      const [pinned] = await tx.select({ n: count() }).from(comments).where(and(eq(comments.threadId, comment.threadId), eq(comments.isFeatured, true)));
      if (pinned!.n >= MAX_FEATURED) throw new AppError("conflict", `A thread can have at most ${MAX_FEATURED} featured comments: unfeature one first.`);
    }
    await tx.update(comments).set({ isFeatured: featured }).where(eq(comments.id, commentId));
    await recordModerationAction(tx, {
      kind: featured ? "feature" : "unfeature",
      actorId: moderator.id,
      commentId,
      targetUserId: comment.authorId,
      threadId: comment.threadId,
      siteId: comment.siteId,
      statusBefore: comment.status,
      statusAfter: comment.status,
      decidedOn: { revision: comment.revision, markdown: comment.markdown },
      now,
    });
    return { commentId, featured };
  });
}
