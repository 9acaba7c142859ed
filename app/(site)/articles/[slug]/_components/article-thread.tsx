import Link from "next/link";
import { Timestamp } from "@/app/_components/timestamp";
import { CommentActions } from "@/app/_components/thread/interactive/comment-actions";
import type { CommentFormActions } from "@/app/_components/thread/interactive/form-actions";
import type { MoreResult } from "@/app/_components/thread/interactive/load-more-comments";
import { ShowMoreReplies } from "@/app/_components/thread/interactive/show-more-replies";
import { ModeratorCommentControls } from "@/app/_components/thread/moderation/moderator-comment-controls";
import type { LinkProps, ThreadContext, ThreadLinks } from "@/app/_components/thread/types";
import { getThreadMessages } from "@/lib/threads/messages";
import { deleteCommentAction, editCommentAction, postCommentAction, reportCommentAction, voteCommentAction } from "../actions";

export const articleMessages = getThreadMessages("en");
export const articleFormActions: CommentFormActions = {
  post: postCommentAction,
  edit: editCommentAction,
  delete: deleteCommentAction,
  vote: voteCommentAction,
  report: reportCommentAction,
};

/** Sorting and paging stay where the reader is: no scroll to the top. */
export function ArticleLink(props: LinkProps) {
  return <Link {...props} scroll={false} />;
}

export function articleLinks(slug: string): ThreadLinks {
  const base = `/articles/${slug}`;
  const sorted = (sort: string) => (sort === "best" ? base : `${base}?sort=${sort}`);
  return {
    sort: (sort) => `${sorted(sort)}#comments`,
    page: (sort, cursor) => `${base}?sort=${sort}&cursor=${encodeURIComponent(cursor)}#comments`,
    permalink: (id) => `${base}?comment=${id}`,
    all: `${base}#comments`,
    signIn: `/sign-in?callbackUrl=${encodeURIComponent(`${base}#comments`)}`,
  };
}

type Options = {
  slug: string;
  threadId: number;
  returnTo: string;
  now: Date;
  isModerator: boolean;
  /** The page's "show more replies" action, passed in: this module must not import the actions that render it. */
  loadMoreReplies: (slug: string, rootId: number, afterPath: string) => Promise<MoreResult>;
};

/** The article page's thread context: its client forms and server actions in the shared tree's slots. */
export function articleThreadContext({ slug, threadId, returnTo, now, isModerator, loadMoreReplies }: Options): ThreadContext {
  const messages = articleMessages;
  const replyLabels = { locale: messages.locale, more: messages.showMoreReplies, busy: messages.loading };
  return {
    now,
    messages,
    links: articleLinks(slug),
    slots: {
      Time: Timestamp,
      controls: (comment) => (
        <CommentActions comment={comment} authorName={comment.author.displayName} slug={slug} threadId={threadId} returnTo={returnTo} actions={articleFormActions} messages={messages} />
      ),
      moderation: isModerator ? (comment) => <ModeratorCommentControls comment={comment} returnTo={returnTo} /> : undefined,
      moreReplies: (tree, fallbackHref) => (
        <ShowMoreReplies load={loadMoreReplies.bind(null, slug)} rootId={tree.id} afterPath={tree.repliesCursor ?? ""} count={tree.moreReplies} fallbackHref={fallbackHref} labels={replyLabels} />
      ),
    },
  };
}
