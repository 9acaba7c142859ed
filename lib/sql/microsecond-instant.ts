import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

// Keyset cursors over a timestamp carry it at Postgres's own precision (microseconds):
// a JS Date keeps only milliseconds, and a cursor rounded to them skips or repeats rows.

/** The column as ISO 8601 UTC text with six fractional digits, for a cursor. */
export function microsecondIso(column: PgColumn): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

/**
 * Whether a cursor's key is such a timestamp and a real instant: the pattern alone
 * lets through days no calendar has ("2025-02-30") and year 0, which Postgres
 * refuses to cast, so a crafted cursor would fail the query instead.
 */
export function isMicrosecondInstant(key: string): boolean {
  if (!PATTERN.test(key)) return false;
  const millis = `${key.slice(0, 23)}Z`;
  const date = new Date(millis);
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.toISOString() === millis;
}
