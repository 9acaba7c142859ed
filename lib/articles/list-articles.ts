import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, threads } from "@/db/schema";
import { getHomeSite } from "@/lib/sites/get-home-site";
import type { ArticleSummary } from "./dto";
import { summaryColumns, toArticleSummary } from "./summary-columns";

/** The home site's articles, newest first. */
export async function listArticles({ limit = 30 }: { limit?: number } = {}): Promise<ArticleSummary[]> {
  const home = await getHomeSite();
  const rows = await getDb()
    .select(summaryColumns)
    .from(articles)
    .leftJoin(threads, eq(threads.articleId, articles.id))
    .where(eq(articles.siteId, home.id))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map(toArticleSummary);
}
