import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Fixed-window hit counters shared by every app instance (see lib/rate-limit). */
export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text().notNull(),
    windowStart: timestamp({ mode: "date", withTimezone: true }).notNull(),
    hits: integer().notNull().default(0),
    expiresAt: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limit_buckets_expires_at_idx").on(t.expiresAt)],
);
