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

export async function loadMoreCommentsAction(slug: string, sort: string, cursor: string): Promise<MoreResult> {
  const article = await getArticle(slugSchema.parse(slug));
  if (!article) return { content: null, nextCursor: null, error: "This article is gone." };
  const now = new Date();
  try {
    const viewer = await getViewer();
    const page = await listThreadComments({ thread: article.thread, sort: sortSchema.parse(sort), cursor: z.string().max(500).parse(cursor), viewer, now });
    const ctx = { slug: article.slug, threadId: article.thread.id, returnTo: `/articles/${article.slug}`, now, isModerator: hasRole(viewer, "moderator") };
    return { content: page.items.map((tree) => <CommentTree key={tree.id} tree={tree} ctx={ctx} />), nextCursor: page.nextCursor };
  } catch (error) {
    if (isAppError(error)) return { content: null, nextCursor: null, error: error.message };
    throw error;
  }
}

export async function loadMoreRepliesAction(slug: string, rootId: number, afterPath: string): Promise<MoreResult> {
  const article = await getArticle(slugSchema.parse(slug));
  if (!article) return { content: null, nextCursor: null, error: "This article is gone." };
  const now = new Date();
  const viewer = await getViewer();
  const page = await listReplies({
    thread: article.thread,
    rootId: z.number().int().positive().parse(rootId),
    afterPath: z.string().max(200).parse(afterPath),
    viewer,
    now,
  });
  const ctx = { slug: article.slug, threadId: article.thread.id, returnTo: `/articles/${article.slug}`, now, isModerator: hasRole(viewer, "moderator") };
  return { content: <ReplyList replies={page.items} ctx={ctx} />, nextCursor: page.nextCursor };
}
