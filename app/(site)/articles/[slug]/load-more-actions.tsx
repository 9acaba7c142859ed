"use server";

import { z } from "zod";
import { getArticle } from "@/lib/articles/get-article";
import { getViewer } from "@/lib/auth/viewer";
import { listReplies } from "@/lib/comments/list-replies";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { sortSchema } from "@/lib/comments/schemas";
import { isAppError } from "@/lib/errors";
import { hasRole } from "@/lib/moderation/require-role";
import { CommentTree, ReplyList } from "./_components/comment-tree";

// These return rendered comments, appended in place by the enhanced page.
// Without JavaScript the same content is reached through plain links.

export type MoreResult = { content: React.ReactNode; nextCursor: string | null; error?: string };

const slugSchema = z.string().min(1).max(200);
// Called with whatever a request says: the arguments are parsed before anything else.
const moreCommentsArgs = z.tuple([slugSchema, sortSchema, z.string().max(500)]);
const moreRepliesArgs = z.tuple([slugSchema, z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().max(200)]);
const NOTHING_MORE: MoreResult = { content: null, nextCursor: null, error: "Those comments could not be loaded. Reload the page." };

export async function loadMoreCommentsAction(...args: [slug: string, sort: string, cursor: string]): Promise<MoreResult> {
  const parsed = moreCommentsArgs.safeParse(args);
  if (!parsed.success) return NOTHING_MORE;
  const [slug, sort, cursor] = parsed.data;
  const article = await getArticle(slug);
  if (!article) return { content: null, nextCursor: null, error: "This article is gone." };
  const now = new Date();
  try {
    const viewer = await getViewer();
    const page = await listThreadComments({ thread: article.thread, sort, cursor, viewer, now });
    const ctx = { slug: article.slug, threadId: article.thread.id, returnTo: `/articles/${article.slug}`, now, isModerator: hasRole(viewer, "moderator") };
    return { content: page.items.map((tree) => <CommentTree key={tree.id} tree={tree} ctx={ctx} />), nextCursor: page.nextCursor };
  } catch (error) {
    if (isAppError(error)) return { content: null, nextCursor: null, error: error.message };
    throw error;
  }
}

export async function loadMoreRepliesAction(...args: [slug: string, rootId: number, afterPath: string]): Promise<MoreResult> {
  const parsed = moreRepliesArgs.safeParse(args);
  if (!parsed.success) return NOTHING_MORE;
  const [slug, rootId, afterPath] = parsed.data;
  const article = await getArticle(slug);
  if (!article) return { content: null, nextCursor: null, error: "This article is gone." };
  const now = new Date();
  const viewer = await getViewer();
  const page = await listReplies({ thread: article.thread, rootId, afterPath, viewer, now });
  const ctx = { slug: article.slug, threadId: article.thread.id, returnTo: `/articles/${article.slug}`, now, isModerator: hasRole(viewer, "moderator") };
  return { content: <ReplyList replies={page.items} ctx={ctx} />, nextCursor: page.nextCursor };
}
