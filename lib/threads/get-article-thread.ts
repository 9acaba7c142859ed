import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, threads } from "@/db/schema";
import { getHomeSite } from "@/lib/sites/get-home-site";
import { type ThreadRecord, threadColumns } from "./thread-record";

/** The thread under a home-site article, by the article's slug, or null: the article page's caller of lib/threads. */
export async function getArticleThread(slug: string): Promise<ThreadRecord | null> {
  const home = await getHomeSite();
  const [row] = await getDb()
    .select(threadColumns)
    .from(articles)
    .innerJoin(threads, eq(threads.articleId, articles.id))
    .where(and(eq(articles.siteId, home.id), eq(articles.slug, slug)))
    .limit(1);
  return row ?? null;
}
