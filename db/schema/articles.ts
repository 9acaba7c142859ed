import { sql } from "drizzle-orm";
import { bigint, customType, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { sites } from "./sites";

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

export const articles = pgTable(
  "articles",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    siteId: bigint({ mode: "number" })
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    slug: text().notNull(),
    sourceName: text().notNull(),
    title: text().notNull(),
    /** Plain text; paragraphs separated by a blank line. */
    body: text().notNull(),
    byline: text(),
    publishedAt: timestamp({ mode: "date", withTimezone: true }).notNull(),
    hashtags: text().array().notNull().default(sql`'{}'::text[]`),
    // Title outweighs body when ranking related articles.
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')`,
    ),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("articles_site_id_slug_idx").on(t.siteId, t.slug),
    index("articles_site_id_published_at_id_idx").on(t.siteId, t.publishedAt.desc(), t.id.desc()),
    index("articles_search_vector_idx").using("gin", t.searchVector),
  ],
);
