import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per single-use token presented (an SSO token's `jti`, a sign-in hand-off): a
 * second use of the same id is refused. Kept until the token would have expired anyway.
 */
export const usedTokenIds = pgTable(
  "used_token_ids",
  {
    /** Namespaced by issuer, e.g. `sso:<site id>:<jti>`, so two publishers' ids never collide. */
    id: text().primaryKey(),
    expiresAt: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [index("used_token_ids_expires_at_idx").on(t.expiresAt)],
);
