import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commentVotes } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";

/** The viewer's votes on the given comments, by comment id. */
export async function loadViewerVotes(db: Database, viewer: Viewer | null, commentIds: number[]): Promise<Map<number, number>> {
  if (!viewer || commentIds.length === 0) return new Map();
  const rows = await db
    .select({ commentId: commentVotes.commentId, value: commentVotes.value })
    .from(commentVotes)
    .where(and(eq(commentVotes.userId, viewer.id), inArray(commentVotes.commentId, commentIds)));
  return new Map(rows.map((r) => [r.commentId, r.value]));
}
