import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Sessions signed out before their JWT expired: a copy of the cookie must not outlive the
 * sign-out. A row is needed only until the token would have expired anyway, then pruned.
 */
export const endedSessions = pgTable(
  "ended_sessions",
  {
    sessionId: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [index("ended_sessions_expires_at_idx").on(t.expiresAt)],
);
