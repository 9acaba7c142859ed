import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { comments, threads } from "@/db/schema";

type Counted = { threadId: number; rootId: number | null; deletedAt: Date | null };

/**
 * Keeps the counters in step when a comment becomes visible to readers (+1) or
 * stops being so (-1): the thread's count of live comments and the top-level
 * comment's count of replies. Call after locking the comment, in the same transaction;
 * it locks the root, then the thread, the order every write uses.
 */
export async function applyVisibilityChange(tx: Transaction, comment: Counted, delta: 1 | -1): Promise<void> {
  if (comment.rootId) {
    await tx.update(comments).set({ descendantCount: sql`${comments.descendantCount} + ${delta}` }).where(eq(comments.id, comment.rootId));
  }
  if (!comment.deletedAt) {
    await tx.update(threads).set({ commentCount: sql`${threads.commentCount} + ${delta}` }).where(eq(threads.id, comment.threadId));
  }
}
