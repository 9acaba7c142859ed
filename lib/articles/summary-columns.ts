import "server-only";
import { sql } from "drizzle-orm";
import { articles, threads } from "@/db/schema";
import { EXCERPT_SOURCE_LENGTH, toExcerpt } from "./excerpt";
import type { ArticleSummary } from "./dto";

/** Columns every article list selects; join `threads` on the article to use them. */
export const summaryColumns = {
  slug: articles.slug,
  sourceName: articles.sourceName,
  title: articles.title,
  bodyStart: sql<string>`left(${articles.body}, ${EXCERPT_SOURCE_LENGTH})`,
  publishedAt: articles.publishedAt,
  commentCount: sql<number>`coalesce(${threads.commentCount}, 0)`.mapWith(Number),
};

type SummaryRow = {
  slug: string;
  sourceName: string;
  title: string;
  bodyStart: string;
  publishedAt: Date;
  commentCount: number;
};

export function toArticleSummary({ bodyStart, ...row }: SummaryRow): ArticleSummary {
  return { ...row, excerpt: toExcerpt(bodyStart) };
}
