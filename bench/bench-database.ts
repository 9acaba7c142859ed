import postgres, { type Sql } from "postgres";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed";
import { createDatabase, dropDatabase } from "@/db/testing/test-database";
import { type BuildPolicy, ensureBuild } from "./app-server";
import { warnIfBusy } from "./report";

export type BenchStart = { startedAt: Date; cpuBusy: Awaited<ReturnType<typeof warnIfBusy>>; built: ReturnType<typeof ensureBuild>; databaseUrl: string; sql: Sql };

/**
 * What every bench does first: note the time and how busy the machine is, build if asked, and
 * make a throw-away database with the migrations and the demo articles (the app opens it too).
 */
export async function startBench(databaseName: string, buildPolicy: BuildPolicy): Promise<BenchStart> {
  const startedAt = new Date();
  const cpuBusy = await warnIfBusy();
  const built = ensureBuild(buildPolicy);
  const databaseUrl = await createDatabase(databaseName);
  process.env.DATABASE_URL = databaseUrl;
  await migrateDatabase();
  await seedDemoContent(getDb());
  return { startedAt, cpuBusy, built, databaseUrl, sql: postgres(databaseUrl, { max: 1, onnotice: () => {} }) };
}

/** Closes the bench's connections and drops its database, unless `keep` (`--keep-db`). */
export async function endBench(label: string, databaseName: string, sql: Sql | undefined, keep: boolean): Promise<void> {
  await sql?.end({ timeout: 5 }).catch(() => {});
  await closeDb().catch(() => {});
  if (keep) console.log(`[${label}] kept database ${databaseName}`);
  else await dropDatabase(databaseName).catch((error: unknown) => console.error(`[${label}] could not drop ${databaseName}:`, error));
}
