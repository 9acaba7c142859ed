import "server-only";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { type DatabaseHandle, type Schema, getDatabaseHandle } from "./client";

const MIGRATION_LOCK_KEY = 72_616_001;
export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

/** Applies every committed migration not yet applied. Safe to run on every start. */
export async function migrateDatabase(handle: DatabaseHandle = getDatabaseHandle()): Promise<void> {
  if (handle.driver === "postgres") {
    // Several app instances may start at once: one migrates while the others wait.
    const lockHolder = await handle.client.reserve();
    try {
      // Waiting for another instance's migration may outlast DATABASE_STATEMENT_TIMEOUT_MS.
      await lockHolder`set statement_timeout = 0`;
      await lockHolder`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
      await migratePostgres(handle.db as PostgresJsDatabase<Schema>, { migrationsFolder });
    } finally {
      await lockHolder`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      await lockHolder`reset statement_timeout`;
      lockHolder.release();
    }
  } else {
    await migratePglite(handle.db as PgliteDatabase<Schema>, { migrationsFolder });
  }
}
