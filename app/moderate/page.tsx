import Link from "next/link";
import { IGNORED_QUERY_MESSAGE, parsePageQuery } from "@/lib/forms/parse-page-query";
import { getModerationCounts, listModerationQueue, queueQuerySchema } from "@/lib/moderation/list-moderation-queue";
import type { QueueName } from "@/lib/moderation/dto";
import { BulkActions } from "./_components/bulk-actions";
import { Notice } from "@/app/_components/notice";
import { QueueEntry } from "./_components/queue-entry";
import { QueueShortcuts } from "./_components/queue-shortcuts";
import { requireModeratorPage } from "./require-moderator-page";
import { listSites } from "@/lib/sites/list-sites";
import { SiteSelect } from "./_components/site-select";
import { isAppError } from "@/lib/errors";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const QUEUES: { name: QueueName; label: string }[] = [
  { name: "pending", label: "Pending" },
  { name: "reported", label: "Reported" },
  { name: "rejected", label: "Rejected" },
  { name: "all", label: "All" },
];

export default async function QueuePage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, isValid } = parsePageQuery(queueQuerySchema, params);
  const viewer = await requireModeratorPage();
  // A stale or hand-edited cursor starts the queue over instead of failing the page.
  const firstPageIfBadCursor = (error: unknown) => (isAppError(error) && query.cursor ? listModerationQueue(viewer, { ...query, cursor: undefined }) : Promise.reject(error));
  const [page, counts, sites] = await Promise.all([listModerationQueue(viewer, query).catch(firstPageIfBadCursor), getModerationCounts(), listSites(viewer)]);
  const now = new Date();
  const here = new URLSearchParams(Object.entries({ queue: query.queue, site: query.site, article: query.article, author: query.author, q: query.q }).filter(([, v]) => v) as [string, string][]);
  const returnTo = `/moderate?${here.toString()}`;
  const withQueue = (name: QueueName) => {
    const p = new URLSearchParams(here);
    p.set("queue", name);
    return `/moderate?${p.toString()}`;
  };

  return (
    <main id="main">
      <h1 className="page-title">Moderation queues</h1>
      <Notice notice={params.notice} error={isValid ? params.error : IGNORED_QUERY_MESSAGE} />
      <nav aria-label="Queues" className="sort-tabs">
        {QUEUES.map((q) => (
          <Link key={q.name} href={withQueue(q.name)} className="sort-tabs__tab" aria-current={q.name === query.queue ? "page" : undefined}>
            {q.label}
            {q.name === "pending" ? ` (${counts.pending})` : q.name === "reported" ? ` (${counts.reported})` : ""}
          </Link>
        ))}
      </nav>
      <form method="get" action="/moderate" className="mod-filters" aria-label="Filter the queue">
        <input type="hidden" name="queue" value={query.queue} />
        {query.author ? <input type="hidden" name="author" value={query.author} /> : null}
        <SiteSelect sites={sites} value={query.site ?? ""} anyLabel="All sites" />
        <label>
          Article slug <input name="article" defaultValue={query.article ?? ""} />
        </label>
        <label>
          Text <input type="search" name="q" defaultValue={query.q ?? ""} />
        </label>
        <button type="submit" className="button button--secondary button--small">Filter</button>
        {query.author || query.article || query.q || query.site ? <Link href={withQueue(query.queue).replace(/&(site|article|author|q)=[^&]*/g, "")}>Clear filters</Link> : null}
      </form>
      <p className="field__hint">
        Keyboard: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>a</kbd> approve, <kbd>r</kbd> reject (type the reason, then Enter).
      </p>
      <QueueShortcuts />
      {page.items.length === 0 ? (
        <p className="empty">Nothing here. Well done.</p>
      ) : (
        <>
          <BulkActions returnTo={returnTo} />
          <ol className="mod-list">
            {page.items.map((entry) => (
              <li key={entry.id}>
                <QueueEntry entry={entry} now={now} returnTo={returnTo} />
              </li>
            ))}
          </ol>
        </>
      )}
      {page.nextCursor ? (
        <p className="load-more">
          <Link href={`${returnTo}&cursor=${encodeURIComponent(page.nextCursor)}`} className="button button--secondary">
            Older comments
          </Link>
        </p>
      ) : null}
    </main>
  );
}
