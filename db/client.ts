import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import nextEnv from "@next/env"; // CommonJS: its named exports are not visible to Node's ESM loader
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import * as schema from "./schema";
import { acquireDirLock, advertiseSocket, getLiveHolder, waitForHolderSocket } from "./pglite-lock";
import { type PgliteServer, servePglite } from "./pglite-server";

export type Schema = typeof schema;
/** The one handle type: both drivers' databases assign to it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type DatabaseHandle =
  | { driver: "postgres"; db: Database; client: Sql }
  | { driver: "pglite"; db: Database; client: PGlite };

const globalForDb = globalThis as unknown as { parleyDb?: DatabaseHandle; closePglite?: () => Promise<void> };

let isCommandLine = false;

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR || ".data/pglite");
}

/**
 * Called first by every command-line entry (db/command-line.ts): reads the .env files `next dev`
 * reads (`next start`'s under NODE_ENV=production), and lets getDatabaseHandle() reach an embedded
 * database held by a running app through the socket it serves, instead of failing on its lock.
 */
export async function prepareCommandLine(): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
  isCommandLine = true;
  if (!process.env.DATABASE_URL) await waitForHolderSocket(pgliteDir());
}

function openDatabase(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(postgres(url, postgresOptions()));
  const dir = pgliteDir();
  const holder = isCommandLine ? getLiveHolder(dir) : null;
  if (holder?.socketPath) {
    // Two connections: migrateDatabase() holds one for its advisory lock while it migrates on the other.
    // No named statements: they would outlive this command in the app's one PGlite session.
    const options = { path: holder.socketPath, max: 2, prepare: false, username: "postgres", database: "postgres" };
    return openPostgres(postgres({ ...options, onnotice: () => {} }));
  }
  mkdirSync(path.dirname(dir), { recursive: true });
  const unlock = acquireDirLock(dir);
  const client = new PGlite(dir);
  const serving = serveToCommands(client, dir);
  globalForDb.closePglite = async () => {
    await (await serving)?.stop();
    await client.close();
    unlock();
  };
  return { driver: "pglite", db: drizzlePglite({ client, schema, casing: "snake_case" }), client };
}

/**
 * Bounded waits, so a database outage fails requests quickly (db/is-database-unavailable.ts) instead
 * of hanging them: a connection attempt gives up after DATABASE_CONNECT_TIMEOUT_SECONDS, Postgres
 * cancels a statement after DATABASE_STATEMENT_TIMEOUT_MS, a failed connection is retried within
 * a quarter second, and connections are recycled so none outlives a failover for long. PGlite runs in this process: it has no connection to time out.
 */
function postgresOptions(): postgres.Options<Record<string, postgres.PostgresType>> {
  return {
    max: Number(process.env.DATABASE_POOL_SIZE || 10),
    connect_timeout: Number(process.env.DATABASE_CONNECT_TIMEOUT_SECONDS || 5),
    idle_timeout: 60,
    max_lifetime: 30 * 60,
    // postgres.js waits up to 20 s (3^n/100 s) before a failed connection slot tries again, and queued
    // queries wait with it: the "hung 20 s" of an outage. A short cap fails them fast instead.
    backoff: (retries: number) => Math.min(0.025 * 2 ** retries, 0.25),
    connection: { statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS || 10_000) },
    onnotice: () => {},
  };
}

function openPostgres(client: Sql): DatabaseHandle {
  return { driver: "postgres", db: drizzlePostgres({ client, schema, casing: "snake_case" }), client };
}

/** The holder of the folder serves it on a unix socket beside it (e.g. `.data/pglite.sock`), owner-only. */
async function serveToCommands(client: PGlite, dir: string): Promise<PgliteServer | null> {
  const socketPath = `${dir}.sock`;
  try {
    // Longer paths do not fit a unix socket address (104 bytes on macOS, 108 on Linux).
    if (process.platform === "win32" || Buffer.byteLength(socketPath) >= 104) throw new Error("no unix socket at this path");
    const server = await servePglite(client, socketPath);
    advertiseSocket(dir, socketPath);
    return server;
  } catch (error) {
    console.warn(`[parley] commands cannot reach ${dir} while this process runs (${socketPath}: ${(error as Error).message})`);
    return null;
  }
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
  const closePglite = globalForDb.closePglite;
  globalForDb.parleyDb = undefined;
  globalForDb.closePglite = undefined;
  if (handle?.driver === "postgres") await handle.client.end({ timeout: 5 });
  else await closePglite?.();
}

/** Where the data lives, for log lines: never prints a password. */
export function describeDatabase(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const throughApp = globalForDb.parleyDb?.driver === "postgres" ? ", through the running app" : "";
    return `embedded PGlite at ${pgliteDir()}${throughApp}`;
  }
  const { hostname, port, pathname } = new URL(url);
  return `Postgres at ${hostname}:${port || 5432}${pathname}`;
}
