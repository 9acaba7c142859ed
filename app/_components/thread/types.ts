import type { ComponentType, ReactNode } from "react";
import type { CommentSort } from "@/lib/comments/constants";
import type { CommentTree, CommentView } from "@/lib/comments/dto";
import type { ThreadMessages } from "@/lib/threads/messages";

export type LinkProps = { href: string; className?: string; "aria-current"?: "true"; children: ReactNode };
/** `next/link` on the article page, a plain `<a>` in the embed (which renders no client component). */
export type LinkComponent = ComponentType<LinkProps>;

/** How a caller's URLs are made: the article page's and the embed's differ. */
export type ThreadLinks = {
  /** The first page in that order. */
  sort(sort: CommentSort): string;
  /** The page after `cursor`: what "Load more comments" opens without JavaScript. */
  page(sort: CommentSort, cursor: string): string;
  /** A comment in its context (`?comment=ID`). */
  permalink(commentId: number): string;
  /** Leaves a permalinked conversation for the whole thread. */
  all: string;
  signIn: string;
};

/** The interactive parts of a comment, which differ between callers. */
export type CommentSlots = {
  /** Its time: the article page's refreshes itself in the browser, the embed's is plain. */
  Time: ComponentType<{ date: Date; now: Date }>;
  /** Vote, reply, edit, delete, report. */
  controls(comment: CommentView): ReactNode;
  /** Moderators' decisions in place; absent where moderators don't act. */
  moderation?(comment: CommentView): ReactNode;
  /** "Show N more replies" under a top-level comment; `fallbackHref` is its no-JavaScript link. */
  moreReplies(tree: CommentTree, fallbackHref: string): ReactNode;
};

export type ThreadContext = {
  now: Date;
  messages: ThreadMessages;
  links: ThreadLinks;
  slots: CommentSlots;
  highlightId?: number;
};
