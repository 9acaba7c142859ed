import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { CommentSort } from "@/lib/comments/constants";
import type { CommentTree, ThreadPage } from "@/lib/comments/dto";
import { getCommentContext } from "@/lib/comments/get-comment-context";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { isAppError } from "@/lib/errors";
import { isThreadClosed } from "@/lib/sites/is-thread-closed";
import { isThreadClosedNow } from "@/lib/sites/is-thread-closed-now";
import { type RawThreadQuery, type ThreadQuery, parseThreadQuery } from "./query";

/** What a reader of a thread needs of it; a ThreadRecord or an article's thread will do. */
export type ThreadRef = { id: number; commentCount: number; isClosed: boolean; isPremoderated: boolean };

export type ThreadView = {
  /** As stored: `isClosed` is the moderators' flag, which their controls show and toggle. */
  thread: ThreadRef;
  /** Whether the thread takes no new comments now: the flag, or its site's closeAfterDays passed. */
  isClosed: boolean;
  query: ThreadQuery;
  sort: CommentSort;
  /** The page asked for, or the permalinked comment in its context (null when the viewer can't see it). */
  view: { kind: "page"; page: ThreadPage; isFirstPage: boolean } | { kind: "focus"; tree: CommentTree | null; commentId: number };
  /** Why the first page is shown instead of the one asked for. */
  notice?: string;
};

type Options = {
  thread: ThreadRef;
  /** URL parameters (or an already parsed ThreadQuery): parsed here with threadQuerySchema. */
  query: RawThreadQuery;
  viewer: Viewer | null;
  now: Date;
  /** APIs refuse a bad parameter or cursor (AppError invalid_input); pages drop it and show the first page. */
  strict?: boolean;
  /** The thread's age and its site's rule, when the caller has them: saves reading them again. */
  closing?: { createdAt: Date; closeAfterDays: number | null };
};

/** The one read path of a thread: the article page, the load-more paths, the embed and the JSON APIs. */
export async function readThread({ thread, query: raw, viewer, now, strict = false, closing }: Options): Promise<ThreadView> {
  const { query, dropped } = parseThreadQuery(raw, { strict });
  const { sort, cursor, limit, comment } = query;
  const isClosed = closing
    ? isThreadClosed({ isClosed: thread.isClosed, createdAt: closing.createdAt }, closing, now)
    : thread.isClosed || (await isThreadClosedNow(thread.id, now));
  // Comments offer "Reply" only while the thread takes new comments.
  const asRead = { ...thread, isClosed };
  if (comment) {
    const tree = await getCommentContext({ thread: asRead, commentId: comment, viewer, now });
    return { thread, isClosed, query, sort, view: { kind: "focus", tree, commentId: comment } };
  }
  const badCursor = dropped.includes("cursor") ? "The cursor is not valid. Start again from the first page." : undefined;
  try {
    const page = await listThreadComments({ thread: asRead, sort, cursor, viewer, now, pageSize: limit });
    return { thread, isClosed, query, sort, view: { kind: "page", page, isFirstPage: !cursor }, notice: badCursor };
  } catch (error) {
    if (strict || !isAppError(error) || !cursor) throw error;
    const page = await listThreadComments({ thread: asRead, sort, viewer, now, pageSize: limit });
    return { thread, isClosed, query: { ...query, cursor: undefined }, sort, view: { kind: "page", page, isFirstPage: true }, notice: error.message };
  }
}
