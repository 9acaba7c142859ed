import { count } from "drizzle-orm";
import { describeDatabase, getDb } from "./client";
import { migrateDatabase } from "./migrate";
import { countPendingMigrations } from "./pending-migrations";
import { articles } from "./schema";
import { seedDemoContent } from "./seed";
import seedArticles from "./seed-articles.json";

/**
 * Start-up: migrations, then the demo articles if the database has no article at all. A fresh
 * PGlite folder takes many seconds here, so each step says what it is doing.
 */
export async function prepareDatabase(): Promise<void> {
  const started = performance.now();
  console.log(`[parley] opening ${describeDatabase()}…`);
  const pending = await countPendingMigrations(getDb());
  if (pending > 0) console.log(`[parley] applying ${pending} migration${pending === 1 ? "" : "s"}…`);
  await migrateDatabase();
  const [row] = await getDb().select({ n: count() }).from(articles);
  if (!row?.n) {
    console.log(`[parley] seeding ${seedArticles.length} demo articles…`);
    await seedDemoContent(getDb());
  }
  console.log(`[parley] ${describeDatabase()} ready in ${Math.round(performance.now() - started)} ms`);
}
