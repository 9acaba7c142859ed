import { Notice } from "@/app/_components/notice";
import { CommentForm } from "@/app/_components/thread/interactive/comment-form";
import type { MoreResult } from "@/app/_components/thread/interactive/load-more-comments";
import { LoadMoreComments } from "@/app/_components/thread/interactive/load-more-comments";
import { ThreadControls } from "@/app/_components/thread/moderation/thread-controls";
import { ThreadSection } from "@/app/_components/thread/thread-section";
import type { Viewer } from "@/lib/auth/viewer";
import { fill } from "@/lib/threads/format-message";
import type { ThreadView } from "@/lib/threads/read-thread";
import { ArticleLink, articleFormActions, articleMessages, articleThreadContext } from "./article-thread";

type Props = {
  slug: string;
  thread: ThreadView;
  viewer: Viewer | null;
  isModerator: boolean;
  now: Date;
  /** The outcome of a moderation action, carried in the URL. */
  flash?: { notice?: string; error?: string };
  loadMoreComments: (slug: string, sort: string, cursor: string) => Promise<MoreResult>;
  loadMoreReplies: (slug: string, rootId: number, afterPath: string) => Promise<MoreResult>;
};

/** The discussion under an article: the shared thread with the article page's forms and actions. */
export function CommentsSection({ slug, thread, viewer, isModerator, now, flash, loadMoreComments, loadMoreReplies }: Props) {
  const base = `/articles/${slug}`;
  const { view, sort } = thread;
  const returnTo = view.kind === "focus" ? `${base}?comment=${view.commentId}` : sort === "best" ? base : `${base}?sort=${sort}`;
  const ctx = articleThreadContext({ slug, threadId: thread.thread.id, returnTo, now, isModerator, loadMoreReplies });
  const m = articleMessages;
  return (
    <ThreadSection
      thread={thread}
      viewer={viewer}
      ctx={ctx}
      Link={ArticleLink}
      header={
        <>
          {flash ? <Notice notice={flash.notice} error={flash.error} /> : null}
          {isModerator ? <ThreadControls threadId={thread.thread.id} isClosed={thread.thread.isClosed} isPremoderated={thread.thread.isPremoderated} returnTo={returnTo} /> : null}
        </>
      }
      composer={
        viewer ? (
          <CommentForm action={articleFormActions.post} messages={m} slug={slug} threadId={thread.thread.id} label={fill(m.commentAs, { name: viewer.displayName })} submitLabel={m.postComment} />
        ) : null
      }
      loadMore={(cursor, fallbackHref) => (
        <LoadMoreComments load={loadMoreComments.bind(null, slug)} sort={sort} cursor={cursor} fallbackHref={fallbackHref} labels={{ idle: m.loadMore, busy: m.loading }} />
      )}
    />
  );
}
