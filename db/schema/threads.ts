import { bigint, boolean, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { sites } from "./sites";

/** One discussion: under an article here, or under a publisher's page (keyed by its page key) when embedded. */
export const threads = pgTable(
  "threads",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    siteId: bigint({ mode: "number" })
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    articleId: bigint({ mode: "number" }).references(() => articles.id, { onDelete: "cascade" }),
    pageKey: text(),
    /** The embedding page's canonical URL and title, as its publisher's snippet gave them. */
    url: text(),
    title: text(),
    isClosed: boolean().notNull().default(false),
    /** New comments wait for a moderator, whatever the site's setting. */
    isPremoderated: boolean().notNull().default(false),
    /** Comments a reader can see; kept in the same transaction as every change. */
    commentCount: integer().notNull().default(0),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("threads_article_id_idx").on(t.articleId),
    uniqueIndex("threads_site_id_page_key_idx").on(t.siteId, t.pageKey),
  ],
);
