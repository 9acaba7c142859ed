import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, commentRevisions, comments, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import type { CommentHistory } from "./dto";
import { hasRole, requireRole } from "./require-role";
import { revisionColumns, toRevisionViews } from "./revision-views";

/** More revisions than this are left off the history page (an author can edit often in 15 minutes). */
export const HISTORY_LIMIT = 100;

const schema = z.object({ commentId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/**
 * Every stored text of a comment, newest first, with what each edit changed: for
 * moderators only. Anyone else is told it doesn't exist, as for a missing comment,
 * so nobody learns what an author wrote before an edit. Null when there is no such comment.
 */
export async function getCommentHistory(viewer: Viewer | null, raw: unknown): Promise<CommentHistory | null> {
  if (!hasRole(viewer, "moderator")) throw new AppError("not_found", "That comment doesn't exist or was removed.");
  requireRole(viewer, "moderator");
  const { commentId } = parseInput(schema, raw, "Choose a comment.");
  const db = getDb();
  const [comment] = await db
    .select({ status: comments.status, deletedAt: comments.deletedAt, revision: comments.revision, slug: articles.slug, title: articles.title })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .leftJoin(articles, eq(articles.id, threads.articleId))
    .where(eq(comments.id, commentId));
  if (!comment) return null;
  // One more than shown, so the oldest shown still has its change.
  const rows = await db
    .select(revisionColumns)
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(desc(commentRevisions.revision))
    .limit(HISTORY_LIMIT + 1);
  return {
    commentId,
    status: comment.status,
    isDeleted: comment.deletedAt !== null,
    revision: comment.revision,
    article: comment.slug ? { slug: comment.slug, title: comment.title! } : null,
    revisions: toRevisionViews(rows.reverse()).slice(0, HISTORY_LIMIT),
  };
}
