import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { articles, sites, threads } from "@/db/schema";
import { env } from "@/lib/env";
import type { ArticleView } from "./dto";

/** One article of the home site by its slug, or null. Cached per request (page and metadata share it). */
export const getArticle = cache(async (slug: string): Promise<ArticleView | null> => {
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
    .innerJoin(sites, and(eq(sites.id, articles.siteId), eq(sites.slug, env().HOME_SITE_SLUG)))
    .innerJoin(threads, eq(threads.articleId, articles.id))
    .where(eq(articles.slug, slug))
    .limit(1);
  if (!row) return null;
  const { body, threadId, commentCount, isClosed, isPremoderated, ...article } = row;
  return {
    ...article,
    paragraphs: body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    thread: { id: threadId, commentCount, isClosed, isPremoderated },
  };
});
