import "server-only";
import { type SQL, and, desc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, comments, sites, threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { QueueEntry, QueueName } from "./dto";
import { decodeNewestCursor, encodeNewestCursor } from "./keyset";
import { loadAuthorHistories, loadParents, loadOpenReports } from "./queue-context";
import { requireRole } from "./require-role";
import { loadRecentChanges } from "./revision-views";
import { microsecondIso } from "@/lib/sql/microsecond-instant";
import { httpUrlOrNull } from "@/lib/sites/http-url";

export const queueQuerySchema = z.object({
  queue: z.enum(["pending", "reported", "rejected", "all"]).catch("pending"),
  article: z.string().trim().max(200).optional().catch(undefined),
  site: z.string().trim().regex(/^[a-z0-9]{1,40}$/).optional().catch(undefined),
  author: z.string().trim().max(100).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.string().max(300).optional(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

const PAGE_SIZE = 20;
const RECENT_CHANGES = 5;

const QUEUE_FILTER: Record<QueueName, SQL | undefined> = {
  pending: eq(comments.status, "pending"),
  reported: sql`${comments.openReportCount} > 0`,
  rejected: or(eq(comments.status, "rejected"), eq(comments.status, "spam")),
  all: undefined,
};

/** A moderation queue, newest first by keyset (the pending one by when each joined it), each entry with its context and its author's history. */
export async function listModerationQueue(viewer: Viewer | null, query: QueueQuery): Promise<{ items: QueueEntry[]; nextCursor: string | null }> {
  requireRole(viewer, "moderator");
  const after = decodeNewestCursor(query.cursor);
  const conditions = [QUEUE_FILTER[query.queue]];
  if (query.article) conditions.push(eq(articles.slug, query.article));
  if (query.site) conditions.push(eq(sites.publicId, query.site));
  if (query.author) conditions.push(eq(comments.authorId, query.author));
  if (query.q) conditions.push(ilike(comments.bodyMarkdown, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  // The pending queue goes by when a comment joined it, so an edit moves it to the end (shown first).
  const joined = query.queue === "pending" ? comments.queuedAt : comments.createdAt;
  if (after) conditions.push(sql`(${joined}, ${comments.id}) < (${after.at}::timestamptz, ${after.id}::bigint)`);

  const rows = await getDb()
    .select({
      id: comments.id,
      html: comments.bodyHtml,
      status: comments.status,
      deletedAt: comments.deletedAt,
      isFeatured: comments.isFeatured,
      parentId: comments.parentId,
      createdAt: comments.createdAt,
      joinedKey: microsecondIso(joined),
      revision: comments.revision,
      heldByRule: comments.heldByRule,
      moderationReason: comments.moderationReason,
      threadId: comments.threadId,
      authorId: comments.authorId,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      pageUrl: threads.url,
      pageTitle: threads.title,
      sitePublicId: sites.publicId,
      siteName: sites.name,
    })
    .from(comments)
    .innerJoin(threads, eq(threads.id, comments.threadId))
    .innerJoin(sites, eq(sites.id, threads.siteId))
    .leftJoin(articles, eq(articles.id, threads.articleId))
    .where(and(...conditions))
    .orderBy(desc(joined), desc(comments.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);

  const [authors, parents, reports, changes] = await Promise.all([
    loadAuthorHistories([...new Set(page.map((r) => r.authorId))]),
    loadParents(page.flatMap((r) => (r.parentId ? [r.parentId] : []))),
    loadOpenReports(page.map((r) => r.id)),
    loadRecentChanges(page.flatMap((r) => (r.revision > 1 ? [r.id] : [])), RECENT_CHANGES),
  ]);
  const items = page.map<QueueEntry>((r) => ({
    id: r.id,
    html: r.html,
    status: r.status,
    isDeleted: r.deletedAt !== null,
    isFeatured: r.isFeatured,
    isTopLevel: r.parentId === null,
    createdAt: r.createdAt,
    heldByRule: r.heldByRule,
    moderationReason: r.moderationReason,
    article: r.articleSlug ? { slug: r.articleSlug, title: r.articleTitle! } : null,
    page: r.articleSlug ? null : { url: httpUrlOrNull(r.pageUrl), title: r.pageTitle },
    site: { publicId: r.sitePublicId, name: r.siteName },
    threadId: r.threadId,
    parent: r.parentId ? (parents.get(r.parentId) ?? null) : null,
    author: authors.get(r.authorId)!,
    reports: reports.get(r.id)?.reasons ?? [],
    reporterCount: reports.get(r.id)?.reporters ?? 0,
    revision: r.revision,
    recentChanges: changes.get(r.id) ?? [],
  }));
  return { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeNewestCursor({ at: last.joinedKey, id: last.id }) : null };
}

/** Pending and reported counts for the header badge: two index-only counts. */
export async function getModerationCounts(): Promise<{ pending: number; reported: number }> {
  const [row] = await getDb()
    .select({
      pending: sql<number>`count(*) filter (where ${comments.status} = 'pending')`.mapWith(Number),
      reported: sql<number>`count(*) filter (where ${comments.openReportCount} > 0)`.mapWith(Number),
    })
    .from(comments)
    .where(or(eq(comments.status, "pending"), sql`${comments.openReportCount} > 0`));
  return row ?? { pending: 0, reported: 0 };
}

