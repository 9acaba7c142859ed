import "server-only";
import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, threads } from "@/db/schema";
import type { ArticleSummary } from "./dto";
import { summaryColumns, toArticleSummary } from "./summary-columns";

// ts_rank normalization 1 divides by 1 + log(length), so a long essay does not outrank a close short report.
/** How many of the article's own lexemes make up the similarity query: title words first, then the most frequent. */
const QUERY_TERMS = 32;

/**
 * Articles of the same site most similar to the given one by Postgres full-text
 * ranking, topped up with the newest others when too few share any terms.
 * The article itself is never included.
 */
export async function listRelatedArticles(articleId: number, limit = 3): Promise<ArticleSummary[]> {
  const db = getDb();
  const similar = await db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(similarityQuery(articleId), sql`${articles.searchVector} @@ q.query`)
    .leftJoin(threads, eq(threads.articleId, articles.id))
    .where(and(sql`${articles.id} <> ${articleId}`, sql`${articles.siteId} = q.site_id`))
    .orderBy(desc(sql`ts_rank(${articles.searchVector}, q.query, 1)`), desc(articles.publishedAt), desc(articles.id))
    .limit(limit);

  const picked = similar.map(toArticleSummary);
  if (picked.length >= limit) return picked;

  const recent = await db
    .select(summaryColumns)
    .from(articles)
    .leftJoin(threads, eq(threads.articleId, articles.id))
    .where(
      and(
        sql`${articles.siteId} = (select site_id from articles where id = ${articleId})`,
        notInArray(articles.slug, picked.map((a) => a.slug)),
        sql`${articles.id} <> ${articleId}`,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit - picked.length);
  return [...picked, ...recent.map(toArticleSummary)];
}

// A one-row subquery `q(site_id, query)`: the source article's site and an OR of its key lexemes.
function similarityQuery(articleId: number) {
  return sql`(
    select s.site_id,
      to_tsquery('simple', string_agg('''' || replace(replace(t.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | ')) as query
    from articles s,
      lateral (
        select u.lexeme from unnest(s.search_vector) as u(lexeme, positions, weights)
        order by ('A' = any(u.weights)) desc, cardinality(u.positions) desc, u.lexeme
        limit ${QUERY_TERMS}
      ) t
    where s.id = ${articleId}
    group by s.site_id
  ) q`;
}
