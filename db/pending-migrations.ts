import "server-only";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Database } from "./client";
import { migrationsFolder } from "./migrate";

type Rows<T> = T[] | { rows: T[] };

/** How many committed migrations `migrateDatabase` would apply: those newer than the last applied one, as drizzle decides. */
export async function countPendingMigrations(db: Database): Promise<number> {
  const files = readMigrationFiles({ migrationsFolder });
  const last = await lastAppliedMigrationMillis(db);
  return files.filter((m) => m.folderMillis > last).length;
}

async function lastAppliedMigrationMillis(db: Database): Promise<number> {
  const table = rowsOf<{ name: string | null }>(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`));
  if (!table[0]?.name) return -Infinity;
  const last = rowsOf<{ at: string | number | null }>(await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`));
  return last[0]?.at == null ? -Infinity : Number(last[0].at);
}

// Raw results differ by driver: PGlite returns { rows }, postgres.js an array.
function rowsOf<T>(result: unknown): T[] {
  const r = result as Rows<T>;
  return Array.isArray(r) ? r : r.rows;
}
