import Link from "next/link";
import type { ArticleView } from "@/lib/articles/dto";
import type { Viewer } from "@/lib/auth/viewer";
import type { CommentSort } from "@/lib/comments/constants";
import type { CommentTree as CommentTreeData, ThreadPage } from "@/lib/comments/dto";
import { CommentForm } from "./comment-form";
import { CommentTree } from "./comment-tree";
import { LoadMoreComments } from "./load-more-comments";
import { SortTabs } from "./sort-tabs";
import { ThreadControls } from "./thread-controls";
import { Notice } from "@/app/_components/notice";
import { formatExactTime } from "@/lib/time/relative-time";

type Props = {
  isModerator: boolean;
  article: ArticleView;
  viewer: Viewer | null;
  sort: CommentSort;
  now: Date;
  /** The thread page, or the permalinked comment in its context. */
  view: { kind: "page"; page: ThreadPage; isFirstPage: boolean } | { kind: "focus"; tree: CommentTreeData | null; commentId: number };
  notice?: string;
  /** The outcome of a moderation action, carried in the URL. */
  flash?: { notice?: string; error?: string };
};

/** The discussion under an article: the empty state until the first visible comment exists. */
export function CommentsSection({ article, viewer, isModerator, sort, now, view, notice, flash }: Props) {
  const { thread } = article;
  const base = `/articles/${article.slug}`;
  const returnTo = view.kind === "focus" ? `${base}?comment=${view.commentId}` : sort === "best" ? base : `${base}?sort=${sort}`;
  const ctx = { slug: article.slug, threadId: thread.id, returnTo, now, highlightId: view.kind === "focus" ? view.commentId : undefined, isModerator };
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`${base}#comments`)}`;
  const trees = view.kind === "page" ? view.page.items : view.tree ? [view.tree] : [];

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading" tabIndex={-1}>
      <h2 id="comments-heading">{thread.commentCount > 0 ? `Comments (${thread.commentCount.toLocaleString("en")})` : "Comments"}</h2>
      {notice ? <p className="form-message form-message--error" role="status">{notice}</p> : null}
      {flash ? <Notice notice={flash.notice} error={flash.error} /> : null}
      {isModerator ? <ThreadControls threadId={thread.id} isClosed={thread.isClosed} isPremoderated={thread.isPremoderated} returnTo={returnTo} /> : null}
      {thread.isClosed ? (
        <p className="notice">Comments are closed.</p>
      ) : viewer?.ban ? (
        <p className="notice" role="status">
          You are banned from commenting {viewer.ban.until ? `until ${formatExactTime(viewer.ban.until)}` : "permanently"}
          {viewer.ban.reason ? `. Reason: ${viewer.ban.reason}` : ""}. You can still read.
        </p>
      ) : viewer ? (
        <CommentForm slug={article.slug} threadId={thread.id} label={`Comment as ${viewer.displayName}`} submitLabel="Post comment" />
      ) : (
        <p className="notice">
          <Link href={signInHref}>Sign in to comment</Link>
        </p>
      )}
      {view.kind === "focus" ? (
        <p className="focus-bar">
          {view.tree ? "Showing one conversation." : "That comment isn't available."} <Link href={`${base}#comments`}>View all comments</Link>
        </p>
      ) : null}
      {thread.commentCount === 0 && trees.length === 0 && view.kind === "page" ? <p className="empty">No comments yet...</p> : null}
      {view.kind === "page" && trees.length > 0 ? <SortTabs base={base} current={sort} /> : null}
      {view.kind === "page" && !view.isFirstPage ? (
        <p className="focus-bar">
          <Link href={`${sort === "best" ? base : `${base}?sort=${sort}`}#comments`}>Back to the first comments</Link>
        </p>
      ) : null}
      <ol className="comment-list">
        {trees.map((tree) => (
          <CommentTree key={tree.id} tree={tree} ctx={ctx} />
        ))}
      </ol>
      {view.kind === "page" && view.page.nextCursor ? (
        <LoadMoreComments
          slug={article.slug}
          sort={sort}
          cursor={view.page.nextCursor}
          fallbackHref={`${base}?sort=${sort}&cursor=${encodeURIComponent(view.page.nextCursor)}#comments`}
        />
      ) : null}
    </section>
  );
}
