import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";
import { recordModerationAction } from "@/lib/moderation/audit";
import { requireNotBanned } from "@/lib/moderation/require-role";
import { screenComment } from "@/lib/moderation/screen-comment";
import { EDIT_WINDOW_MS } from "./constants";
import { lockVisibleComment } from "./lock-comment";
import { applyVisibilityChange } from "./visibility-counters";
import { parseInput } from "@/lib/forms/parse-input";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { editCommentSchema } from "./schemas";

/** The author rewrites their comment within the edit window; it is marked edited. */
export async function editComment(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const editor = requireNotBanned(requireSignedIn(viewer, "edit comments"));
  const input = parseInput(editCommentSchema, raw, "Check your comment and try again.");
  const bodyHtml = renderCommentMarkdown(input.body);
  const [target] = await getDb()
    .select({ threadId: comments.threadId, siteId: threads.siteId, isPremoderated: threads.isPremoderated, authorId: comments.authorId, createdAt: comments.createdAt })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, input.commentId));
  if (!target) throw new AppError("not_found", "That comment doesn't exist or was removed.", { field: "commentId" });
  // Checked again under the row lock below; here so a stranger's or a late edit is never screened or audited.
  if (target.authorId !== editor.id) throw new AppError("forbidden", "You can only edit your own comments.");
  if (now.getTime() - target.createdAt.getTime() > EDIT_WINDOW_MS) {
    throw new AppError("conflict", "Comments can only be edited in the first 15 minutes after posting.");
  }
  const screening = await screenComment({ author: editor, text: input.body, html: bodyHtml, threadId: target.threadId, siteId: target.siteId, isThreadPremoderated: target.isPremoderated, isEdit: true, now });
  return getDb().transaction(async (tx) => {
    const comment = await lockVisibleComment(tx, input.commentId, editor);
    if (comment.authorId !== editor.id) throw new AppError("forbidden", "You can only edit your own comments.");
    if (comment.deletedAt) throw new AppError("conflict", "That comment was deleted.");
    if (now.getTime() - comment.createdAt.getTime() > EDIT_WINDOW_MS) {
      throw new AppError("conflict", "Comments can only be edited in the first 15 minutes after posting.");
    }
    // An edit that trips a hold rule sends a published comment back to the queue.
    const held = screening.status === "pending" && comment.status === "published";
    await tx
      .update(comments)
      .set({ bodyMarkdown: input.body, bodyHtml, editedAt: now, ...(held ? { status: "pending" as const, heldByRule: screening.rule, moderationReason: screening.reason } : {}) })
      .where(eq(comments.id, comment.id));
    if (held) {
      await applyVisibilityChange(tx, comment, -1);
      await recordModerationAction(tx, {
        kind: "hold",
        actorId: null,
        rule: screening.rule,
        commentId: comment.id,
        targetUserId: editor.id,
        threadId: comment.threadId,
        siteId: comment.siteId,
        reason: screening.reason,
        statusBefore: "published",
        statusAfter: "pending",
        now,
      });
    }
    return { id: comment.id, html: bodyHtml, editedAt: now, status: held ? "pending" : comment.status };
  });
}
