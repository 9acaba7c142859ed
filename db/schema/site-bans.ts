import { bigint, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { sites } from "./sites";
import { users } from "./users";

/** A ban on one site only; a ban everywhere is on the user row (users.banned_at). */
export const siteBans = pgTable(
  "site_bans",
  {
    siteId: bigint({ mode: "number" })
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    bannedAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
    /** Null: permanent. */
    bannedUntil: timestamp({ mode: "date", withTimezone: true }),
    reason: text(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.userId] }), index("site_bans_user_id_idx").on(t.userId)],
);
