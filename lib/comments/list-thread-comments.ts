import "server-only";
import { type SQL, and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { type CommentSort, MAX_FEATURED, REPLY_PREVIEW_SIZE, TOP_LEVEL_PAGE_SIZE } from "./constants";
import { decodeCursor, encodeCursor, type ThreadCursor } from "./cursor";
import type { CommentTree, ThreadPage } from "./dto";
import { buildCommentTree } from "./build-comment-tree";
import { isTopLevel, selectCommentRows, visibleTo, type RawCommentRow } from "./comment-columns";
import { loadViewerVotes } from "./viewer-votes";

type Options = {
  thread: { id: number; isClosed: boolean };
  sort: CommentSort;
  cursor?: string;
  viewer: Viewer | null;
  now: Date;
  pageSize?: number;
};

/**
 * One page of a thread: top-level comments in the chosen order by keyset, each
 * with its first replies depth-first. Every query is bounded by the page size,
 * never by the size of the thread.
 */
export async function listThreadComments({ thread, sort, cursor, viewer, now, pageSize = TOP_LEVEL_PAGE_SIZE }: Options): Promise<ThreadPage> {
  const db = getDb();
  const after = cursor ? decodeCursor(cursor, sort) : null;
  const inThread = [eq(comments.threadId, thread.id), isTopLevel, visibleTo(viewer)];
  const conditions = [...inThread, eq(comments.isFeatured, false)];
  if (after) conditions.push(afterCursor(after));
  const [featured, rows] = await Promise.all([
    // Featured comments are pinned above the first page and left out of the pages.
    after ? [] : selectCommentRows(db).where(and(...inThread, eq(comments.isFeatured, true))).orderBy(desc(comments.id)).limit(MAX_FEATURED),
    selectCommentRows(db).where(and(...conditions)).orderBy(...ORDER[sort]).limit(pageSize + 1),
  ]);
  const last = rows.slice(0, pageSize).at(-1);
  const pageRows = [...featured, ...rows.slice(0, pageSize)];
  const nextCursor = rows.length > pageSize && last ? encodeCursor(cursorOf(last, sort)) : null;

  const replyRows = await listReplyPreviews(pageRows.map((r) => r.id), viewer);
  const votes = await loadViewerVotes(db, viewer, [...pageRows, ...replyRows].map((r) => r.id));
  const context = { viewer, votes, now, threadOpen: !thread.isClosed };

  const items: CommentTree[] = pageRows.map((row) => buildCommentTree(row, replyRows.filter((r) => r.rootId === row.id), context));
  return { items, nextCursor };
}

const ORDER: Record<CommentSort, SQL[]> = {
  // Spelled out to match the index (DESC NULLS LAST); a bare desc() means NULLS FIRST
  // and makes Postgres sort the whole thread.
  best: [sql`${comments.bestRank} desc nulls last`, sql`${comments.id} desc nulls last`],
  newest: [desc(comments.createdAt), desc(comments.id)],
  oldest: [asc(comments.createdAt), asc(comments.id)],
};

function afterCursor({ sort, key, id }: ThreadCursor): SQL {
  if (sort === "best") return sql`(${comments.bestRank}, ${comments.id}) < (${key}::float8, ${id}::bigint)`;
  if (sort === "newest") return sql`(${comments.createdAt}, ${comments.id}) < (${key}::timestamptz, ${id}::bigint)`;
  return sql`(${comments.createdAt}, ${comments.id}) > (${key}::timestamptz, ${id}::bigint)`;
}

function cursorOf(row: RawCommentRow, sort: CommentSort): ThreadCursor {
  return { sort, key: sort === "best" ? (row.bestRank ?? 0) : row.createdAtKey, id: row.id };
}

// The first replies of each top-level comment: one index range scan per root through
// a lateral join, so a root with 10,000 replies costs the same as one with 3.
async function listReplyPreviews(rootIds: number[], viewer: Viewer | null): Promise<RawCommentRow[]> {
  if (rootIds.length === 0) return [];
  const db = getDb();
  const roots = db.select({ rootId: comments.id }).from(comments).where(inArray(comments.id, rootIds)).as("roots");
  const firstReplies = db
    .select({ replyId: comments.id })
    .from(comments)
    .where(and(sql`${comments.rootId} = ${roots.rootId}`, visibleTo(viewer)))
    .orderBy(asc(comments.path))
    .limit(REPLY_PREVIEW_SIZE)
    .as("first_replies");
  const ids = await db.select({ id: firstReplies.replyId }).from(roots).innerJoinLateral(firstReplies, sql`true`);
  if (ids.length === 0) return [];
  return selectCommentRows(db)
    .where(inArray(comments.id, ids.map((r) => r.id)))
    .orderBy(asc(comments.path));
}
