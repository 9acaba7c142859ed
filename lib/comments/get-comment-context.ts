import "server-only";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { REPLY_PAGE_SIZE } from "./constants";
import type { CommentTree } from "./dto";
import { buildCommentTree } from "./build-comment-tree";
import { selectCommentRows, visibleTo } from "./comment-columns";
import { idsFromPath } from "./path";
import { loadViewerVotes } from "./viewer-votes";

type Options = { thread: { id: number; isClosed: boolean }; commentId: number; viewer: Viewer | null; now: Date };

/**
 * A permalinked comment in its context, wherever it sits in the thread: its
 * top-level comment, the chain of replies leading to it, then what follows it
 * depth-first (its own replies first). Null when the viewer can't see it.
 */
export async function getCommentContext({ thread, commentId, viewer, now }: Options): Promise<CommentTree | null> {
  const db = getDb();
  const [target] = await selectCommentRows(db)
    .where(and(eq(comments.id, commentId), eq(comments.threadId, thread.id), visibleTo(viewer)))
    .limit(1);
  if (!target) return null;
  const chainIds = idsFromPath(target.path);
  const chain = await selectCommentRows(db)
    .where(and(inArray(comments.id, chainIds), visibleTo(viewer)))
    .orderBy(asc(comments.path));
  const root = chain[0];
  if (!root || root.parentId !== null) return null;
  const following = await selectCommentRows(db)
    .where(and(eq(comments.rootId, root.id), gt(comments.path, target.path), visibleTo(viewer)))
    .orderBy(asc(comments.path))
    .limit(REPLY_PAGE_SIZE);
  const replies = [...chain.slice(1), ...following];
  const votes = await loadViewerVotes(db, viewer, [...chain, ...following].map((r) => r.id));
  const context = { viewer, votes, now, threadOpen: !thread.isClosed };
  return buildCommentTree(root, replies, context);
}
