"use server";

import { z } from "zod";
import { CommentTree, ReplyList } from "@/app/_components/thread/comment-tree";
import type { MoreResult } from "@/app/_components/thread/interactive/load-more-comments";
import { getViewer } from "@/lib/auth/viewer";
import { listReplies } from "@/lib/comments/list-replies";
import { isAppError } from "@/lib/errors";
import { hasRole } from "@/lib/moderation/require-role";
import { getArticleThread } from "@/lib/threads/get-article-thread";
import { readThread } from "@/lib/threads/read-thread";
import { articleThreadContext } from "./_components/article-thread";

// These return rendered comments, appended in place by the enhanced page.
// Without JavaScript the same content is reached through plain links.

const slugSchema = z.string().min(1).max(200);
// Called with whatever a request says: the arguments are parsed before anything else;
// sort and cursor by the one thread query schema, inside readThread.
const moreCommentsArgs = z.tuple([slugSchema, z.string().max(20), z.string().max(500)]);
const moreRepliesArgs = z.tuple([slugSchema, z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().max(200)]);
const NOTHING_MORE: MoreResult = { content: null, nextCursor: null, error: "Those comments could not be loaded. Reload the page." };
const GONE: MoreResult = { content: null, nextCursor: null, error: "This article is gone." };

export async function loadMoreCommentsAction(...args: [slug: string, sort: string, cursor: string]): Promise<MoreResult> {
  const parsed = moreCommentsArgs.safeParse(args);
  if (!parsed.success) return NOTHING_MORE;
  const [slug, sort, cursor] = parsed.data;
  const thread = await getArticleThread(slug);
  if (!thread) return GONE;
  const now = new Date();
  try {
    const viewer = await getViewer();
    const read = await readThread({ thread, query: { sort, cursor }, viewer, now, strict: true });
    if (read.view.kind !== "page") return NOTHING_MORE;
    const ctx = contextFor(slug, thread.id, now, hasRole(viewer, "moderator"));
    return { content: read.view.page.items.map((tree) => <CommentTree key={tree.id} tree={tree} ctx={ctx} />), nextCursor: read.view.page.nextCursor };
  } catch (error) {
    if (isAppError(error)) return { content: null, nextCursor: null, error: error.message };
    throw error;
  }
}

export async function loadMoreRepliesAction(...args: [slug: string, rootId: number, afterPath: string]): Promise<MoreResult> {
  const parsed = moreRepliesArgs.safeParse(args);
  if (!parsed.success) return NOTHING_MORE;
  const [slug, rootId, afterPath] = parsed.data;
  const thread = await getArticleThread(slug);
  if (!thread) return GONE;
  const now = new Date();
  const viewer = await getViewer();
  const page = await listReplies({ thread, rootId, afterPath, viewer, now });
  const ctx = contextFor(slug, thread.id, now, hasRole(viewer, "moderator"));
  return { content: <ReplyList replies={page.items} ctx={ctx} />, nextCursor: page.nextCursor };
}

// The comments it renders carry their own "show more replies": this module's action, passed down.
function contextFor(slug: string, threadId: number, now: Date, isModerator: boolean) {
  return articleThreadContext({ slug, threadId, returnTo: `/articles/${slug}`, now, isModerator, loadMoreReplies: loadMoreRepliesAction });
}
