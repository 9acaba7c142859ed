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
import { requireMayWrite } from "@/lib/sites/require-may-write";
import { recordRevision } from "./revisions";
import { editCommentSchema } from "./schemas";

type Editable = { authorId: string; status: string; createdAt: Date; deletedAt: Date | null };

// Checked before screening, so a stranger's, a late or a removed comment's edit is never
// screened or audited, and again under the row lock, where it counts.
function refuseEdit(comment: Editable, editor: Viewer, now: Date) {
  if (comment.authorId !== editor.id) throw new AppError("forbidden", "You can only edit your own comments.");
  if (comment.deletedAt) throw new AppError("conflict", "That comment was deleted.");
  // A moderator decided on this text: changing it now would rewrite the record.
  if (comment.status === "rejected" || comment.status === "spam") {
    throw new AppError("conflict", "A moderator removed this comment, so it can't be edited.");
  }
  if (now.getTime() - comment.createdAt.getTime() > EDIT_WINDOW_MS) {
    throw new AppError("conflict", "Comments can only be edited in the first 15 minutes after posting.");
  }
}

/**
 * The author rewrites their comment within the edit window; it is marked edited and
 * the new text becomes its next revision. A held comment goes back to the end of
 * the queue, so no moderator approves words they have not seen.
 */
export async function editComment(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const editor = requireNotBanned(requireSignedIn(viewer, "edit comments"));
  const input = parseInput(editCommentSchema, raw, "Check your comment and try again.");
  const bodyHtml = renderCommentMarkdown(input.body);
  const [target] = await getDb()
    .select({ threadId: comments.threadId, siteId: threads.siteId, threadCreatedAt: threads.createdAt, isClosed: threads.isClosed, isPremoderated: threads.isPremoderated, authorId: comments.authorId, status: comments.status, createdAt: comments.createdAt, deletedAt: comments.deletedAt })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .where(eq(comments.id, input.commentId));
  if (!target) throw new AppError("not_found", "That comment doesn't exist or was removed.", { field: "commentId" });
  refuseEdit(target, editor, now);
  await requireMayWrite(editor, { siteId: target.siteId, createdAt: target.threadCreatedAt, isClosed: target.isClosed }, now, { action: "edit" });
  const screening = await screenComment({ author: editor, text: input.body, html: bodyHtml, threadId: target.threadId, siteId: target.siteId, isThreadPremoderated: target.isPremoderated, isEdit: true, now });
  return getDb().transaction(async (tx) => {
    const comment = await lockVisibleComment(tx, input.commentId, editor);
    refuseEdit(comment, editor, now);
    // An edit that trips a hold rule sends a published comment back to the queue.
    const held = screening.status === "pending" && comment.status === "published";
    const queued = held || comment.status === "pending";
    const revision = comment.revision + 1;
    await tx
      .update(comments)
      .set({
        bodyMarkdown: input.body,
        bodyHtml,
        editedAt: now,
        revision,
        ...(queued ? { queuedAt: now } : {}),
        ...(held ? { status: "pending" as const, heldByRule: screening.rule, moderationReason: screening.reason } : {}),
      })
      .where(eq(comments.id, comment.id));
    await recordRevision(tx, { commentId: comment.id, revision, markdown: input.body, html: bodyHtml, editorId: editor.id, now });
    if (held) await applyVisibilityChange(tx, comment, -1);
    if (queued) {
      await recordModerationAction(tx, {
        kind: "hold",
        actorId: null,
        rule: held ? screening.rule : "edited",
        commentId: comment.id,
        targetUserId: editor.id,
        threadId: comment.threadId,
        siteId: comment.siteId,
        reason: held ? screening.reason : "Edited while held: back at the end of the queue",
        statusBefore: comment.status,
        statusAfter: "pending",
        decidedOn: { revision, markdown: input.body },
        now,
      });
    }
    return { id: comment.id, html: bodyHtml, editedAt: now, status: queued ? "pending" : comment.status };
  });
}
