import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, threads } from "@/db/schema";
import { getHomeSite } from "@/lib/sites/get-home-site";

/** Visible comment counts of the home site's articles, by slug; unknown slugs are left out. */
export async function listCommentCounts(slugs: string[]): Promise<Record<string, number>> {
  if (slugs.length === 0) return {};
  const home = await getHomeSite();
  const rows = await getDb()
    .select({ slug: articles.slug, count: threads.commentCount })
    .from(articles)
    .innerJoin(threads, eq(threads.articleId, articles.id))
    .where(and(eq(articles.siteId, home.id), inArray(articles.slug, slugs)));
  return Object.fromEntries(rows.map((r) => [r.slug, r.count]));
}
