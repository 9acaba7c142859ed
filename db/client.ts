import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import * as schema from "./schema";
import { acquireDirLock } from "./pglite-lock";

export type Schema = typeof schema;
/** The one handle type: both drivers' databases assign to it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseHandle =
  | { driver: "postgres"; db: Database; client: Sql }
  | { driver: "pglite"; db: Database; client: PGlite };

const globalForDb = globalThis as unknown as { parleyDb?: DatabaseHandle };

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR || ".data/pglite");
}

function openDatabase(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      onnotice: () => {},
    });
    return { driver: "postgres", db: drizzlePostgres({ client, schema, casing: "snake_case" }), client };
  }
  const dir = pgliteDir();
  mkdirSync(path.dirname(dir), { recursive: true });
  acquireDirLock(dir);
  const client = new PGlite(dir);
  return { driver: "pglite", db: drizzlePglite({ client, schema, casing: "snake_case" }), client };
}

/** The process-wide database handle, opened on first use. */
export function getDatabaseHandle(): DatabaseHandle {
  globalForDb.parleyDb ??= openDatabase();
  return globalForDb.parleyDb;
}

export function getDb(): Database {
  return getDatabaseHandle().db;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.parleyDb;
  globalForDb.parleyDb = undefined;
  if (!handle) return;
  if (handle.driver === "postgres") await handle.client.end({ timeout: 5 });
  else await handle.client.close();
}

/** Where the data lives, for log lines: never prints a password. */
export function describeDatabase(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return `embedded PGlite at ${pgliteDir()}`;
  const { hostname, port, pathname } = new URL(url);
  return `Postgres at ${hostname}:${port || 5432}${pathname}`;
}
