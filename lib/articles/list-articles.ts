import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, sites, threads } from "@/db/schema";
import { env } from "@/lib/env";
import type { ArticleSummary } from "./dto";
import { summaryColumns, toArticleSummary } from "./summary-columns";

/** The home site's articles, newest first. */
export async function listArticles({ limit = 30 }: { limit?: number } = {}): Promise<ArticleSummary[]> {
  const rows = await getDb()
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sites, and(eq(sites.id, articles.siteId), eq(sites.slug, env().HOME_SITE_SLUG)))
    .leftJoin(threads, eq(threads.articleId, articles.id))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map(toArticleSummary);
}
