import "server-only";
import { and, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { commentReports, comments, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { applyVisibilityChange } from "@/lib/comments/visibility-counters";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "./audit";
import { requireRole } from "./require-role";
import { type ModerationDecision, moderateCommentsSchema } from "./schemas";

const STATUS_AFTER = { approve: "published", reject: "rejected", spam: "spam" } as const;

/**
 * Approves, rejects or marks as spam one or more comments, all or none. Each decision
 * resolves the comment's open reports, keeps the counters in step and is audited with
 * the revision decided on. Approving a published comment dismisses its reports.
 * A comment edited since the moderator saw it (its revision moved on) refuses the
 * whole batch: the decision was made on other words.
 */
export async function moderateComments(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<{ updated: number }> {
  const moderator = requireRole(viewer, "moderator");
  const input = parseInput(moderateCommentsSchema, raw, "Choose comments and a decision.");
  const commentIds = [...new Set(input.commentIds)].sort((a, b) => a - b);
  await getDb().transaction(async (tx) => {
    await lockInWriteOrder(tx, commentIds);
    for (const commentId of commentIds) {
      const seen = input.revisions[commentId]!;
      await decide(tx, { moderator, commentId, seen, isBatch: commentIds.length > 1, decision: input.decision, reason: input.reason ?? null, now });
    }
  });
  return { updated: commentIds.length };
}

/**
 * Writes lock comments from the reply up (a parent, then its root: higher ids first)
 * and the thread last. A batch takes all its comments and their roots that way, in
 * descending id order, then their threads, so it cannot deadlock with a reader
 * replying into one of its conversations meanwhile. NO KEY UPDATE, since a reply's
 * insert takes KEY SHARE on its thread, parent and root (its foreign keys) in its own order.
 */
async function lockInWriteOrder(tx: Transaction, commentIds: number[]): Promise<void> {
  const roots = tx.select({ id: comments.rootId }).from(comments).where(inArray(comments.id, commentIds));
  await tx
    .select({ id: comments.id })
    .from(comments)
    .where(or(inArray(comments.id, commentIds), inArray(comments.id, roots)))
    .orderBy(desc(comments.id))
    .for("no key update");
  const threadIds = tx.select({ id: comments.threadId }).from(comments).where(inArray(comments.id, commentIds));
  await tx.select({ id: threads.id }).from(threads).where(inArray(threads.id, threadIds)).orderBy(asc(threads.id)).for("no key update");
}

type Decision = { moderator: Viewer; commentId: number; seen: number; isBatch: boolean; decision: ModerationDecision; reason: string | null; now: Date };

async function decide(tx: Transaction, { moderator, commentId, seen, isBatch, decision, reason, now }: Decision) {
  const [comment] = await tx
    .select({ status: comments.status, revision: comments.revision, markdown: comments.bodyMarkdown, threadId: comments.threadId, rootId: comments.rootId, deletedAt: comments.deletedAt, siteId: threads.siteId, authorId: comments.authorId })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, commentId))
    .for("no key update", { of: comments });
  if (!comment) throw new AppError("not_found", `Comment ${commentId} doesn't exist.`, { field: "commentIds" });
  // Read under the batch's lock, so no edit can slip in between this check and the decision.
  if (comment.revision !== seen) {
    const which = isBatch ? `Comment ${commentId} was` : "This comment was";
    throw new AppError("conflict", `${which} edited after you opened it — review the new text.${isBatch ? " Nothing was changed." : ""}`, { field: "revisions" });
  }
  const after = STATUS_AFTER[decision];
  await tx
    .update(comments)
    // A rejected comment also loses its pin, so it neither holds a featured slot nor returns pinned.
    .set({ status: after, moderationReason: decision === "approve" ? null : reason, moderatedAt: now, openReportCount: 0, ...(after === "published" ? {} : { isFeatured: false }) })
    .where(eq(comments.id, commentId));
  const wasVisible = comment.status === "published";
  const isVisible = after === "published";
  if (wasVisible !== isVisible) await applyVisibilityChange(tx, comment, isVisible ? 1 : -1);
  await tx
    .update(commentReports)
    .set({ resolvedAt: now })
    .where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)));
  await recordModerationAction(tx, {
    kind: decision,
    actorId: moderator.id,
    commentId,
    targetUserId: comment.authorId,
    threadId: comment.threadId,
    siteId: comment.siteId,
    reason,
    statusBefore: comment.status,
    statusAfter: after,
    decidedOn: { revision: comment.revision, markdown: comment.markdown },
    now,
  });
}
