import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { commentRevisions, comments } from "@/db/schema";
import { contentHash } from "@/lib/comments/revisions";
import { wordDiff } from "@/lib/text/word-diff";
import type { RevisionView } from "./dto";

type RevisionRow = { commentId: number; revision: number; markdown: string; createdAt: Date };

/** Revisions of one comment, oldest first, as views newest first, each with what changed from the one before. */
export function toRevisionViews(rows: RevisionRow[]): RevisionView[] {
  return rows
    .map((r, i) => {
      const previous = rows[i - 1];
      const changes = previous && previous.revision === r.revision - 1 ? wordDiff(previous.markdown, r.markdown) : null;
      return { revision: r.revision, markdown: r.markdown, createdAt: r.createdAt, contentHash: contentHash(r.markdown), changes };
    })
    .reverse();
}

export const revisionColumns = {
  commentId: commentRevisions.commentId,
  revision: commentRevisions.revision,
  markdown: commentRevisions.bodyMarkdown,
  createdAt: commentRevisions.createdAt,
};

/**
 * The last `changes` edits of each edited comment, newest first: their revisions
 * and the one before each, so every change can be shown. One query for a page.
 */
export async function loadRecentChanges(edited: number[], changes: number): Promise<Map<number, RevisionView[]>> {
  const result = new Map<number, RevisionView[]>();
  if (edited.length === 0) return result;
  const rows = await getDb()
    .select(revisionColumns)
    .from(commentRevisions)
    .innerJoin(comments, eq(comments.id, commentRevisions.commentId))
    .where(and(inArray(commentRevisions.commentId, edited), gt(commentRevisions.revision, sql`${comments.revision} - ${changes + 1}`)))
    .orderBy(asc(commentRevisions.commentId), asc(commentRevisions.revision));
  for (const id of edited) {
    const views = toRevisionViews(rows.filter((r) => r.commentId === id));
    result.set(id, views.filter((v) => v.changes !== null));
  }
  return result;
}
