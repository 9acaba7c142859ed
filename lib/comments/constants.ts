export const MAX_COMMENT_LENGTH = 5_000;
/** Replies nest visually up to this level; deeper ones continue flat with "replying to @name". */
export const MAX_NESTING = 5;
export const EDIT_WINDOW_MS = 15 * 60_000;
/** The same text from the same author within this window is refused as a double post. */
export const DUPLICATE_WINDOW_MS = 60_000;
export const TOP_LEVEL_PAGE_SIZE = 20;
/** Featured comments pinned above a thread's first page: featuring more is refused, or the oldest would vanish. */
export const MAX_FEATURED = 5;
/** Replies shown under each top-level comment on a thread page. */
export const REPLY_PREVIEW_SIZE = 3;
export const REPLY_PAGE_SIZE = 50;
export const SORTS = ["best", "newest", "oldest"] as const;
export type CommentSort = (typeof SORTS)[number];
export const DEFAULT_SORT: CommentSort = "best";
/** A JSON comment request's largest body: the longest comment fully \u-escaped, plus room for the envelope. */
export const MAX_COMMENT_REQUEST_BYTES = 32 * 1024;
