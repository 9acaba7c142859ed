import "server-only";
import { type SQL, and, eq, inArray, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import type { ThreadCountsQuery } from "./thread-counts-query";

/**
 * Visible comment counts of a site's embedded threads, from the threads' counters in one query:
 * by page key for `keys`, by stored URL or page key for `urls`. Every asked key and url gets a
 * number (0 for a page without a thread yet); null when no site has that public id.
 */
export async function listThreadCounts({ site, keys, urls }: ThreadCountsQuery): Promise<Record<string, number> | null> {
  const matches: SQL[] = [];
  if (keys.length) matches.push(inArray(threads.pageKey, keys));
  if (urls.length) matches.push(inArray(threads.url, urls), inArray(threads.pageKey, urls));
  const rows = await getDb()
    .select({ siteId: sites.id, pageKey: threads.pageKey, url: threads.url, count: threads.commentCount })
    .from(sites)
    .leftJoin(threads, and(eq(threads.siteId, sites.id), or(...matches)))
    .where(eq(sites.publicId, site));
  if (rows.length === 0) return null;

  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = rows.find((r) => r.pageKey === key)?.count ?? 0;
  for (const url of urls) {
    // Two pages may share a URL under different keys; the thread keyed by the URL itself wins.
    const exact = rows.find((r) => r.pageKey === url);
    counts[url] = exact ? exact.count! : Math.max(0, ...rows.filter((r) => r.url === url).map((r) => r.count ?? 0));
  }
  return counts;
}
