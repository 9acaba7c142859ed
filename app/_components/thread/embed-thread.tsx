import type { Viewer } from "@/lib/auth/viewer";
import { fill } from "@/lib/threads/format-message";
import type { ThreadMessages } from "@/lib/threads/messages";
import type { ThreadView } from "@/lib/threads/read-thread";
import { LoadMoreLink } from "./load-more-link";
import { MoreRepliesLink } from "./more-replies-link";
import { PlainLink } from "./plain-link";
import { PlainTime } from "./plain-time";
import { PlainCommentControls } from "./plain-forms/plain-comment-controls";
import { PlainCommentForm } from "./plain-forms/plain-comment-form";
import { PlainForm, type PlainFormOptions } from "./plain-forms/plain-form";
import { ThreadSection } from "./thread-section";
import type { ThreadContext, ThreadLinks } from "./types";

export type EmbedThreadProps = {
  thread: ThreadView;
  viewer: Viewer | null;
  messages: ThreadMessages;
  /** The embed's URLs: sort and page links, permalinks, "view all", and the sign-in popup's page. */
  links: ThreadLinks;
  /** Where every form posts and comes back to, and the hidden fields the embed's actions need. */
  forms: PlainFormOptions;
  now: Date;
  /** The outcome of the last write, carried back by the action's redirect. */
  flash?: { notice?: string; error?: string };
};

/**
 * A whole thread for the embed, rendered with react-dom/server's renderToStaticMarkup inside a
 * route handler: nothing in this tree may be a client component. Every action is a plain form
 * posting to /embed/actions/…; the sign-in link opens C's popup (`data-parley-popup`).
 */
export function EmbedThread({ thread, viewer, messages: m, links, forms, now, flash }: EmbedThreadProps) {
  const threadId = thread.thread.id;
  const ctx: Omit<ThreadContext, "highlightId"> = {
    now,
    messages: m,
    links,
    slots: {
      Time: ({ date, now }) => <PlainTime date={date} now={now} locale={m.locale} />,
      controls: (comment) => <PlainCommentControls comment={comment} threadId={threadId} messages={m} {...forms} />,
      moreReplies: (tree, href) => <MoreRepliesLink tree={tree} href={href} messages={m} />,
    },
  };
  return (
    <ThreadSection
      thread={thread}
      viewer={viewer}
      ctx={ctx}
      Link={PlainLink}
      header={
        <>
          <div aria-live="polite">
            {flash?.error ? <p className="form-message form-message--error notice">{flash.error}</p> : null}
            {flash?.notice ? <p className="form-message form-message--success notice">{flash.notice}</p> : null}
          </div>
          {viewer ? (
            <div className="embed-session">
              <span>{fill(m.signedInAs, { name: viewer.displayName })}</span>{" "}
              <PlainForm action="sign-out" className="inline-actions" fields={{}} {...forms}>
                <button type="submit" className="link-button">
                  {m.signOut}
                </button>
              </PlainForm>
            </div>
          ) : null}
        </>
      }
      signInLink={
        <a href={links.signIn} target="_blank" rel="opener" data-parley-popup="">
          {m.signInToComment}
        </a>
      }
      composer={viewer ? <PlainCommentForm threadId={threadId} label={fill(m.commentAs, { name: viewer.displayName })} submitLabel={m.postComment} messages={m} {...forms} /> : null}
      loadMore={(_cursor, href) => <LoadMoreLink href={href} messages={m} />}
    />
  );
}
