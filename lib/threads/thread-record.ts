import "server-only";
import { threads } from "@/db/schema";

/** A thread as lib/threads hands it to callers: never more than these columns. */
export type ThreadRecord = {
  id: number;
  siteId: number;
  articleId: number | null;
  pageKey: string | null;
  url: string | null;
  title: string | null;
  isClosed: boolean;
  isPremoderated: boolean;
  commentCount: number;
  createdAt: Date;
};

export const threadColumns = {
  id: threads.id,
  siteId: threads.siteId,
  articleId: threads.articleId,
  pageKey: threads.pageKey,
  url: threads.url,
  title: threads.title,
  isClosed: threads.isClosed,
  isPremoderated: threads.isPremoderated,
  commentCount: threads.commentCount,
  createdAt: threads.createdAt,
};
