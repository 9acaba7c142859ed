import type { Viewer } from "@/lib/auth/viewer";
import { SORTS, type CommentSort } from "@/lib/comments/constants";
import type { CommentView } from "@/lib/comments/dto";
import type { ThreadView } from "@/lib/comments/load-thread-view";
import { formatRelativeTime } from "@/lib/time/relative-time";

// Stand-in for the shared EmbedThread (app/_components/thread/): the merge swaps this file for
// it. Same class names and labels as the article thread, plain forms posting to /embed/actions.

export type ThreadLinks = { sort: (sort: CommentSort) => string; more: (cursor: string) => string; all: string; returnTo: string };
type Props = { view: ThreadView; threadId: number; isClosed: boolean; viewer: Viewer | null; links: ThreadLinks; now: Date };
type Ctx = Omit<Props, "view" | "isClosed"> & { highlightId?: number };

const SORT_LABELS: Record<CommentSort, string> = { best: "Best", newest: "Newest", oldest: "Oldest" };

export function MinimalThread({ view, threadId, isClosed, viewer, links, now }: Props) {
  const ctx: Ctx = { threadId, viewer, links, now, highlightId: view.view.kind === "focus" ? view.view.commentId : undefined };
  const page = view.view.kind === "page" ? view.view.page : null;
  const focus = view.view.kind === "focus" ? view.view.tree : null;
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {view.notice ? <p className="notice">{view.notice}</p> : null}
      {isClosed ? <p className="notice">Comments are closed.</p> : viewer ? <PostForm ctx={ctx} /> : null}
      {page ? (
        <nav className="sort-tabs" aria-label="Sort comments">
          {SORTS.map((s) => (
            <a key={s} className="sort-tabs__tab" href={links.sort(s)} aria-current={s === view.sort ? "page" : undefined}>
              {SORT_LABELS[s]}
            </a>
          ))}
        </nav>
      ) : (
        <p>
          <a href={links.all}>Show all comments</a>
        </p>
      )}
      <ol className="comment-list">
        {(page?.items ?? (focus ? [focus] : [])).map((tree) => (
          <li key={tree.id} className="comment-tree">
            <Comment comment={tree} ctx={ctx} />
            {tree.replies.length ? (
              <ol className="reply-list">
                {tree.replies.map((r) => (
                  <li key={r.id}>
                    <Comment comment={r} ctx={ctx} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
      {page && page.items.length === 0 ? <p className="empty">No comments yet.</p> : null}
      {page?.nextCursor ? (
        <a className="load-more" href={links.more(page.nextCursor)}>
          Load more comments
        </a>
      ) : null}
    </section>
  );
}

function Comment({ comment, ctx }: { comment: CommentView; ctx: Ctx }) {
  const headingId = `comment-${comment.id}-author`;
  return (
    <article id={`comment-${comment.id}`} className={`comment comment--depth-${Math.min(comment.depth, 5)}${ctx.highlightId === comment.id ? " comment--highlight" : ""}`} aria-labelledby={headingId} tabIndex={-1}>
      <header className="comment__header">
        <h3 id={headingId} className="comment__author">
          {comment.author.displayName}
        </h3>
        <time className="comment__time" dateTime={comment.createdAt.toISOString()}>
          {formatRelativeTime(comment.createdAt, ctx.now)}
        </time>
      </header>
      {comment.isDeleted ? (
        <p className="comment__text comment__text--deleted">{comment.placeholder}</p>
      ) : (
        <div className="comment__text" dangerouslySetInnerHTML={{ __html: comment.html }} />
      )}
      <div className="comment__actions">
        <span className="votes">{comment.score} points</span>
        {comment.can.vote ? <Action ctx={ctx} action="vote" label="Upvote" fields={{ commentId: comment.id, direction: "up" }} /> : null}
        {comment.can.vote ? <Action ctx={ctx} action="vote" label="Downvote" fields={{ commentId: comment.id, direction: "down" }} /> : null}
        {comment.can.delete ? <Action ctx={ctx} action="delete" label="Delete" fields={{ commentId: comment.id }} /> : null}
        {comment.can.report ? <Action ctx={ctx} action="report" label="Report" fields={{ commentId: comment.id, reason: "spam" }} /> : null}
      </div>
    </article>
  );
}

function Action({ ctx, action, label, fields }: { ctx: Ctx; action: string; label: string; fields: Record<string, string | number> }) {
  return (
    <form className="inline-form" method="post" action={`/embed/actions/${action}`} data-parley-form>
      <input type="hidden" name="return" value={ctx.links.returnTo} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button className="link-button" type="submit">
        {label}
      </button>
    </form>
  );
}

function PostForm({ ctx }: { ctx: Ctx }) {
  return (
    <form className="comment-form" method="post" action="/embed/actions/post" data-parley-form>
      <input type="hidden" name="return" value={ctx.links.returnTo} />
      <input type="hidden" name="threadId" value={ctx.threadId} />
      <label className="comment-form__label" htmlFor="new-comment">
        Add a comment
      </label>
      <textarea id="new-comment" name="body" rows={3} required maxLength={5000} />
      <button className="button" type="submit">
        Post comment
      </button>
    </form>
  );
}
