import { count } from "drizzle-orm";
import { describeDatabase, getDb } from "./client";
import { migrateDatabase } from "./migrate";
import { articles } from "./schema";
import { seedDemoContent } from "./seed";

/** Start-up: migrations, then the demo articles if the database has no article at all. */
export async function prepareDatabase(): Promise<void> {
  const started = performance.now();
  await migrateDatabase();
  const [row] = await getDb().select({ n: count() }).from(articles);
  if (!row?.n) await seedDemoContent(getDb());
  console.log(`[parley] ${describeDatabase()} ready in ${Math.round(performance.now() - started)} ms`);
}
