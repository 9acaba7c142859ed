import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { getDb } from "@/db/client";
import { commentRevisions, comments, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { lockVisibleComment } from "./lock-comment";
import { parseInput } from "@/lib/forms/parse-input";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { requireMayWrite } from "@/lib/sites/require-may-write";
import { deleteCommentSchema } from "./schemas";

/**
 * The author deletes their comment. One with replies becomes a "[deleted]"
 * placeholder (its text erased) so the replies keep their place; one without
 * disappears, and so does a placeholder parent left with no replies.
 */
export async function deleteComment(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const actor = requireSignedIn(viewer, "delete comments");
  const { commentId } = parseInput(deleteCommentSchema, raw, "Choose a comment to delete.");
  return getDb().transaction(async (tx) => {
    const comment = await lockVisibleComment(tx, commentId, actor);
    await requireMayWrite(actor, comment.thread, now, { action: "delete", db: tx });
    if (comment.authorId !== actor.id) throw new AppError("forbidden", "You can only delete your own comments.");
    if (comment.deletedAt) throw new AppError("conflict", "That comment was already deleted.");
    // Kept as the moderators' record of what they removed (the author's history counts it).
    if (comment.status === "rejected" || comment.status === "spam") {
      throw new AppError("conflict", "A moderator already removed that comment.");
    }
    const removed = comment.replyCount === 0;
    if (removed) await removeWithEmptyAncestors(tx, comment);
    else await eraseText(tx, comment.id, now);
    // Rows are locked from the comment up, the thread last, as postComment does
    // (parent, root, thread): another order deadlocks a delete with a reply posted beside it.
    if (comment.status === "published") {
      await tx.update(threads).set({ commentCount: sql`${threads.commentCount} - 1` }).where(eq(threads.id, comment.threadId));
    }
    return { id: comment.id, removed };
  });
}

// The placeholder keeps its place for its replies; its words go, every revision of them too.
async function eraseText(tx: Transaction, commentId: number, now: Date) {
  await tx.update(comments).set({ deletedAt: now, bodyMarkdown: "", bodyHtml: "" }).where(eq(comments.id, commentId));
  await tx.delete(commentRevisions).where(eq(commentRevisions.commentId, commentId));
}

type Removable = { id: number; parentId: number | null; rootId: number | null; status: string };

async function removeWithEmptyAncestors(tx: Transaction, comment: Removable) {
  let current: Removable | undefined = comment;
  let removedBelowRoot = 0;
  while (current) {
    await tx.delete(comments).where(eq(comments.id, current.id));
    if (current.rootId && current.status === "published") removedBelowRoot++;
    if (!current.parentId) break;
    const [parent]: (Removable & { replyCount: number; deletedAt: Date | null })[] = await tx
      .update(comments)
      .set({ replyCount: sql`${comments.replyCount} - 1` })
      .where(eq(comments.id, current.parentId))
      .returning({ id: comments.id, parentId: comments.parentId, rootId: comments.rootId, status: comments.status, replyCount: comments.replyCount, deletedAt: comments.deletedAt });
    // A placeholder kept only for its replies goes once the last one has gone.
    current = parent && parent.deletedAt && parent.replyCount === 0 ? parent : undefined;
  }
  // The root after the rows below it (see deleteComment); a no-op if the root itself went.
  if (comment.rootId && removedBelowRoot > 0) {
    await tx
      .update(comments)
      .set({ descendantCount: sql`${comments.descendantCount} - ${removedBelowRoot}` })
      .where(eq(comments.id, comment.rootId));
  }
}
