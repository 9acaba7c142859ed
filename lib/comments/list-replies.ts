import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { REPLY_PAGE_SIZE } from "./constants";
import type { CommentView } from "./dto";
import { selectCommentRows, toCommentView, visibleTo } from "./comment-columns";
import { loadViewerVotes } from "./viewer-votes";

type Options = {
  thread: { id: number; isClosed: boolean };
  rootId: number;
  /** Path of the last reply already shown. */
  afterPath: string;
  viewer: Viewer | null;
  now: Date;
  limit?: number;
};

/** The next replies under a top-level comment, depth-first, after the one last shown. */
export async function listReplies({ thread, rootId, afterPath, viewer, now, limit = REPLY_PAGE_SIZE }: Options): Promise<{ items: CommentView[]; nextCursor: string | null }> {
  const db = getDb();
  const rows = await selectCommentRows(db)
    .where(and(eq(comments.threadId, thread.id), eq(comments.rootId, rootId), gt(comments.path, afterPath), visibleTo(viewer)))
    .orderBy(asc(comments.path))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const votes = await loadViewerVotes(db, viewer, page.map((r) => r.id));
  const context = { viewer, votes, now, threadOpen: !thread.isClosed };
  return {
    items: page.map((r) => toCommentView(r, context)),
    nextCursor: rows.length > limit ? (page.at(-1)?.path ?? null) : null,
  };
}
