import { sql } from "drizzle-orm";
import { bigint, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Who may sign in to comment on a site's threads: its own users (SSO), Parley accounts, or both. */
export const siteSignIn = pgEnum("site_sign_in", ["sso_and_parley", "sso_only", "parley_only"]);

/**
 * A publisher. The home site is the news aggregator the seed page comes from; every other
 * site embeds threads on its own pages, keyed by page key.
 */
export const sites = pgTable("sites", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  /** What a publisher's snippet names (`data-site`); never the numeric id. */
  publicId: text()
    .notNull()
    .unique()
    .default(sql`substr(replace(gen_random_uuid()::text, '-', ''), 1, 20)`),
  slug: text().notNull().unique(),
  name: text().notNull(),
  origin: text().notNull(),
  /** Origins whose pages may frame this site's threads (`scheme://host[:port]`). */
  allowedOrigins: text().array().notNull().default([]),
  /**
   * The HS256 key publishers sign SSO tokens with, exactly as shown once to the admin
   * (its UTF-8 bytes). Kept as is because verifying needs it; null until generated.
   */
  ssoSecret: text(),
  signIn: siteSignIn().notNull().default("sso_and_parley"),
  /** Threads take no new comments this many days after they were created; null keeps them open. */
  closeAfterDays: integer(),
  createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
});
