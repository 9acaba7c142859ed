import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { articles, threads } from "@/db/schema";
import { getHomeSite } from "@/lib/sites/get-home-site";
import { isUnavailable, toUnavailableError } from "@/lib/unavailable";
import type { ArticleView } from "./dto";

/** Articles this process has read, by slug: what a page can still show while the database is down. */
const lastKnown = new Map<string, ArticleView>();
const LAST_KNOWN_LIMIT = 500;

/**
 * One article of the home site by its slug, or null. Cached per request (page and metadata share
 * it). While the database is unreachable, an article this process has read before is served from
 * memory (its comment count as it was then); any other throws AppError `unavailable`.
 */
export const getArticle = cache(async (slug: string): Promise<ArticleView | null> => {
  try {
    const article = await readArticle(slug);
    if (article) remember(article);
    return article;
  } catch (error) {
    const known = lastKnown.get(slug);
    if (known && isUnavailable(error)) return known;
    throw toUnavailableError(error);
  }
});

function remember(article: ArticleView): void {
  lastKnown.delete(article.slug);
  lastKnown.set(article.slug, article);
  if (lastKnown.size > LAST_KNOWN_LIMIT) lastKnown.delete(lastKnown.keys().next().value!);
}

async function readArticle(slug: string): Promise<ArticleView | null> {
  const home = await getHomeSite();
  const [row] = await getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      sourceName: articles.sourceName,
      title: articles.title,
      body: articles.body,
      byline: articles.byline,
      publishedAt: articles.publishedAt,
      hashtags: articles.hashtags,
      threadId: threads.id,
      commentCount: threads.commentCount,
      isClosed: threads.isClosed,
      isPremoderated: threads.isPremoderated,
    })
    .from(articles)
    .innerJoin(threads, eq(threads.articleId, articles.id))
    .where(and(eq(articles.siteId, home.id), eq(articles.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { body, threadId, commentCount, isClosed, isPremoderated, ...article } = row;
  return {
    ...article,
    paragraphs: body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    thread: { id: threadId, commentCount, isClosed, isPremoderated },
  };
}
