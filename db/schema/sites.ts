import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** A publisher. The demo site is the news aggregator the seed page comes from. */
export const sites = pgTable("sites", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  origin: text().notNull(),
  createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
});
