import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { commentReports, comments } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "@/lib/moderation/audit";
import { getModerationSettings } from "@/lib/moderation/get-moderation-settings";
import { requireNotBanned } from "@/lib/moderation/require-role";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { lockVisibleComment } from "./lock-comment";
import { applyVisibilityChange } from "./visibility-counters";
import { parseInput } from "@/lib/forms/parse-input";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { requireMayWrite } from "@/lib/sites/require-may-write";
import { reportCommentSchema } from "./schemas";

/**
 * A reader flags a comment for the moderators, once per comment. Enough distinct
 * reports (the site's threshold) hide it from readers until a moderator decides.
 */
export async function reportComment(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const reporter = requireNotBanned(requireSignedIn(viewer, "report comments"));
  const input = parseInput(reportCommentSchema, raw, "Choose a reason for the report.");
  await enforceRateLimit(limits.report, reporter.id, now);
  return getDb().transaction(async (tx) => {
    const comment = await lockVisibleComment(tx, input.commentId, reporter);
    await requireMayWrite(reporter, comment.thread, now, { action: "report", db: tx });
    if (comment.authorId === reporter.id) throw new AppError("forbidden", "You can't report your own comment.");
    if (comment.deletedAt) throw new AppError("conflict", "That comment was deleted.");
    const [report] = await tx
      .insert(commentReports)
      .values({ commentId: comment.id, reporterId: reporter.id, reason: input.reason, note: input.note ?? null, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (!report) throw new AppError("conflict", "You have already reported this comment. Thank you.");
    const [counted] = await tx
      .update(comments)
      .set({ openReportCount: sql`${comments.openReportCount} + 1` })
      .where(eq(comments.id, comment.id))
      .returning({ openReportCount: comments.openReportCount });
    await hideWhenReportedEnough(tx, { ...comment, openReportCount: counted!.openReportCount }, now);
    return { id: report.id };
  });
}

type Reported = {
  id: number;
  threadId: number;
  rootId: number | null;
  deletedAt: Date | null;
  status: string;
  siteId: number;
  authorId: string;
  openReportCount: number;
  revision: number;
  markdown: string;
};

async function hideWhenReportedEnough(tx: Transaction, comment: Reported, now: Date) {
  const { reportHideThreshold } = await getModerationSettings(tx, comment.siteId);
  if (reportHideThreshold === null || comment.openReportCount < reportHideThreshold || comment.status !== "published") return;
  const reason = `Reported by ${comment.openReportCount} readers`;
  await tx.update(comments).set({ status: "pending", heldByRule: "reports", moderationReason: reason }).where(eq(comments.id, comment.id));
  await applyVisibilityChange(tx, comment, -1);
  await recordModerationAction(tx, {
    kind: "hide",
    actorId: null,
    rule: "reports",
    commentId: comment.id,
    targetUserId: comment.authorId,
    threadId: comment.threadId,
    siteId: comment.siteId,
    reason,
    statusBefore: "published",
    statusAfter: "pending",
    decidedOn: { revision: comment.revision, markdown: comment.markdown },
    now,
  });
}
