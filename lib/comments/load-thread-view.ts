import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { type CommentSort, DEFAULT_SORT, SORTS } from "./constants";
import type { CommentTree, ThreadPage } from "./dto";
import { getCommentContext } from "./get-comment-context";
import { listThreadComments } from "./list-thread-comments";

type Query = Record<string, string | string[] | undefined>;
type Options = { thread: { id: number; isClosed: boolean }; query: Query; viewer: Viewer | null; now: Date };

export type ThreadView = {
  sort: CommentSort;
  view: { kind: "page"; page: ThreadPage; isFirstPage: boolean } | { kind: "focus"; tree: CommentTree | null; commentId: number };
  notice?: string;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * What the article page shows of its thread, from the URL: a permalinked comment
 * (`?comment=ID`) in its context, or a page in the chosen order. A page URL is
 * forgiving: an unknown sort or a stale cursor falls back to the first page.
 */
export async function loadThreadView({ thread, query, viewer, now }: Options): Promise<ThreadView> {
  const rawSort = first(query.sort);
  const sort = SORTS.find((s) => s === rawSort) ?? DEFAULT_SORT;
  const commentId = Number(first(query.comment));
  if (Number.isSafeInteger(commentId) && commentId > 0) {
    const tree = await getCommentContext({ thread, commentId, viewer, now });
    return { sort, view: { kind: "focus", tree, commentId } };
  }
  const cursor = first(query.cursor);
  try {
    const page = await listThreadComments({ thread, sort, cursor, viewer, now });
    return { sort, view: { kind: "page", page, isFirstPage: !cursor } };
  } catch (error) {
    if (!isAppError(error) || !cursor) throw error;
    const page = await listThreadComments({ thread, sort, viewer, now });
    return { sort, view: { kind: "page", page, isFirstPage: true }, notice: `${error.message}` };
  }
}
