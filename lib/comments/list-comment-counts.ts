import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, sites, threads } from "@/db/schema";
import { env } from "@/lib/env";

/** Visible comment counts of the home site's articles, by slug; unknown slugs are left out. */
export async function listCommentCounts(slugs: string[]): Promise<Record<string, number>> {
  if (slugs.length === 0) return {};
  const rows = await getDb()
    .select({ slug: articles.slug, count: threads.commentCount })
    .from(articles)
    .innerJoin(sites, and(eq(sites.id, articles.siteId), eq(sites.slug, env().HOME_SITE_SLUG)))
    .innerJoin(threads, eq(threads.articleId, articles.id))
    .where(inArray(articles.slug, slugs));
  return Object.fromEntries(rows.map((r) => [r.slug, r.count]));
}
