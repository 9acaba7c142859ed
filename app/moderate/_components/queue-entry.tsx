import Link from "next/link";
import { Timestamp } from "@/app/_components/timestamp";
import type { QueueEntry as Entry } from "@/lib/moderation/dto";
import { REPORT_REASONS } from "@/lib/comments/schemas";
import { featureCommentAction } from "../actions";
import { DecisionForm, RevisionSeen } from "./decision-form";
import { EditHistory } from "./edit-history";
import { AuthorHistory } from "./author-history";
import { BanControls } from "./ban-controls";

const STATUS_LABEL = { published: "Published", pending: "Pending", rejected: "Rejected", spam: "Spam" } as const;

/** One comment to decide on, with its context, its author's record and every action. */
export function QueueEntry({ entry, now, returnTo }: { entry: Entry; now: Date; returnTo: string }) {
  const anchor = `#entry-${entry.id}`;
  return (
    <article id={`entry-${entry.id}`} className="mod-entry" tabIndex={-1} aria-labelledby={`entry-${entry.id}-title`} data-queue-entry>
      <header className="mod-entry__header">
        <input type="checkbox" name="commentId" value={entry.id} form="bulk-form" aria-label={`Select comment ${entry.id}`} />
        <RevisionSeen commentId={entry.id} revision={entry.revision} form="bulk-form" />
        <h2 id={`entry-${entry.id}-title`} className="mod-entry__title">
          <span className={`badge badge--${entry.status}`}>{STATUS_LABEL[entry.status]}</span>{" "}
          <EntryPlace entry={entry} />
        </h2>
        <span className="meta">
          on {entry.site.name} · <Timestamp date={entry.createdAt} now={now} />
          {entry.isFeatured ? " · Featured" : ""}
          {entry.isDeleted ? " · deleted by its author" : ""}
        </span>
      </header>
      <AuthorHistory author={entry.author} now={now} />
      {entry.parent ? (
        <blockquote className="mod-entry__parent">
          In reply to {entry.parent.authorName}: {entry.parent.excerpt}
        </blockquote>
      ) : null}
      <div className="comment__text mod-entry__body" dangerouslySetInnerHTML={{ __html: entry.html }} />
      <EditHistory commentId={entry.id} revision={entry.revision} changes={entry.recentChanges} isOpen={entry.status === "pending"} now={now} />
      {entry.heldByRule || entry.moderationReason ? (
        <p className="mod-entry__rule">
          {entry.heldByRule ? <strong>Rule: {entry.heldByRule}. </strong> : null}
          {entry.moderationReason}
        </p>
      ) : null}
      {entry.reporterCount > 0 ? (
        <div className="mod-entry__reports">
          <strong>
            Reported by {entry.reporterCount} {entry.reporterCount === 1 ? "reader" : "readers"}:
          </strong>
          <ul>
            {entry.reports.map((r, i) => (
              <li key={i}>
                {REPORT_REASONS[r.reason as keyof typeof REPORT_REASONS] ?? r.reason}
                {r.count > 1 ? ` ×${r.count}` : ""}
                {r.note ? `: “${r.note}”` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mod-entry__actions">
        <DecisionForm commentId={entry.id} revision={entry.revision} decision="approve" returnTo={returnTo} anchor={anchor}>
          <button type="submit" className="button button--small" data-shortcut="approve">
            Approve
          </button>
        </DecisionForm>
        <DecisionForm commentId={entry.id} revision={entry.revision} decision="reject" returnTo={returnTo} anchor={anchor}>
          <label className="sr-only" htmlFor={`reason-${entry.id}`}>
            Reason for rejecting (the author sees it)
          </label>
          <input id={`reason-${entry.id}`} name="reason" placeholder="Reason (shown to the author)" required maxLength={500} data-shortcut="reason" />
          <button type="submit" className="button button--secondary button--small">
            Reject
          </button>
        </DecisionForm>
        <DecisionForm commentId={entry.id} revision={entry.revision} decision="spam" returnTo={returnTo} anchor={anchor}>
          <button type="submit" className="button button--secondary button--small">
            Spam
          </button>
        </DecisionForm>
        {entry.isTopLevel && entry.status === "published" && !entry.isDeleted ? (
          <form action={featureCommentAction} className="inline-actions">
            <input type="hidden" name="commentId" value={entry.id} />
            <input type="hidden" name="featured" value={String(!entry.isFeatured)} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <input type="hidden" name="anchor" value={anchor} />
            <button type="submit" className="button button--secondary button--small">{entry.isFeatured ? "Unfeature" : "Feature"}</button>
          </form>
        ) : null}
        {entry.author.role === "reader" ? <BanControls userId={entry.author.id} isBanned={!!entry.author.ban} sites={[entry.site]} returnTo={returnTo} anchor={anchor} /> : null}
      </div>
    </article>
  );
}

/** Where the comment was posted: the article here, or the publisher's page for an embedded thread. */
function EntryPlace({ entry }: { entry: Entry }) {
  if (entry.article) return <Link href={`/articles/${entry.article.slug}?comment=${entry.id}#comment-${entry.id}`}>{entry.article.title}</Link>;
  const label = entry.page?.title || entry.page?.url || `Thread ${entry.threadId}`;
  return entry.page?.url ? (
    <a href={entry.page.url} rel="noopener noreferrer nofollow" title={entry.page.url}>
      {label}
    </a>
  ) : (
    label
  );
}
