import type { Viewer } from "@/lib/auth/viewer";
import { headingText } from "@/lib/threads/format-message";
import type { ThreadView } from "@/lib/threads/read-thread";
import { CommentTree } from "./comment-tree";
import { ComposerGate } from "./composer-gate";
import { SortTabs } from "./sort-tabs";
import type { LinkComponent, ThreadContext } from "./types";

type Props = {
  thread: ThreadView;
  viewer: Viewer | null;
  ctx: Omit<ThreadContext, "highlightId">;
  Link: LinkComponent;
  /** The new-comment form, shown to a signed-in reader who may write. */
  composer: React.ReactNode;
  /** "Load more comments" after `cursor`; `fallbackHref` is the next page's URL. */
  loadMore(cursor: string, fallbackHref: string): React.ReactNode;
  /** Under the heading: the caller's notices and controls (moderators' thread controls, who is signed in). */
  header?: React.ReactNode;
  /** In place of the plain "Sign in to comment" link. */
  signInLink?: React.ReactNode;
};

/** A thread as any caller shows it: the empty state until the first visible comment exists. */
export function ThreadSection({ thread, viewer, ctx, Link, composer, loadMore, header, signInLink }: Props) {
  const { view, sort } = thread;
  const { messages: m, links } = ctx;
  const treeCtx: ThreadContext = { ...ctx, highlightId: view.kind === "focus" ? view.commentId : undefined };
  const trees = view.kind === "page" ? view.page.items : view.tree ? [view.tree] : [];
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading" tabIndex={-1}>
      <h2 id="comments-heading">{headingText(m, thread.thread.commentCount)}</h2>
      {thread.notice ? <p className="form-message form-message--error" role="status">{thread.notice}</p> : null}
      {header}
      <ComposerGate isClosed={thread.isClosed} viewer={viewer} messages={m} signInHref={links.signIn} Link={Link} signInLink={signInLink} composer={composer} />
      {view.kind === "focus" ? (
        <p className="focus-bar">
          {view.tree ? m.showingOneConversation : m.commentNotAvailable} <Link href={links.all}>{m.viewAllComments}</Link>
        </p>
      ) : null}
      {thread.thread.commentCount === 0 && trees.length === 0 && view.kind === "page" ? <p className="empty">{m.empty}</p> : null}
      {view.kind === "page" && trees.length > 0 ? <SortTabs links={links} current={sort} messages={m} Link={Link} /> : null}
      {view.kind === "page" && !view.isFirstPage ? (
        <p className="focus-bar">
          <Link href={links.sort(sort)}>{m.backToFirst}</Link>
        </p>
      ) : null}
      <ol className="comment-list">
        {trees.map((tree) => (
          <CommentTree key={tree.id} tree={tree} ctx={treeCtx} />
        ))}
      </ol>
      {view.kind === "page" && view.page.nextCursor ? loadMore(view.page.nextCursor, links.page(sort, view.page.nextCursor)) : null}
    </section>
  );
}
