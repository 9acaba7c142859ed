import "server-only";
import { and, eq, gt, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type ConsumeOptions = { key: string; limit: number; windowMs: number; now: Date };

/** Share of new buckets that also sweep other keys' expired buckets. */
const SWEEP_CHANCE = 0.02;
const SWEEP_BATCH = 500;

/**
 * Counts one hit against `key` and says whether it fits within `limit` per
 * `windowMs`, as a sliding window: the hits of the current fixed window plus the
 * previous window's, weighted by how much of it still overlaps the last
 * `windowMs`. So a burst cannot double up across a window boundary. The upsert
 * is one statement, so concurrent calls on any number of app instances never let
 * more than `limit` through.
 * Uses its own connection: call it before opening a transaction, not inside
 * one (PGlite has a single connection and would wait forever).
 */
export async function consumeRateLimit({ key, limit, windowMs, now }: ConsumeOptions): Promise<RateLimitResult> {
  const bucket = newBucket(key, windowMs, now);
  const windowStart = bucket.windowStart.getTime();
  const windowEnd = windowStart + windowMs;
  const [row] = await getDb()
    .insert(rateLimitBuckets)
    .values(bucket)
    .onConflictDoUpdate({
      target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
      set: { hits: sql`${rateLimitBuckets.hits} + 1` },
    })
    .returning({ hits: rateLimitBuckets.hits });
  const hits = row!.hits;

  // The first hit of a window is the cheap moment to tidy up: once per key per window.
  if (hits === 1) await cleanUp(key, now);

  const previous = await previousWindowHits(key, windowStart - windowMs);
  const overlap = (windowEnd - now.getTime()) / windowMs;
  const estimate = hits + previous * overlap;
  if (estimate <= limit) return { allowed: true, remaining: Math.floor(limit - estimate) };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((nextAllowedAt() - now.getTime()) / 1000)) };

  // When one more hit would fit again: still in this window once the previous one has
  // faded enough, or else in the next window once this one has.
  function nextAllowedAt(): number {
    if (hits + 1 <= limit && previous > 0) return windowEnd - (windowMs * (limit - hits - 1)) / previous;
    return windowEnd + windowMs * (1 - Math.max(0, limit - 1) / hits);
  }
}

/**
 * Takes back one hit counted in the current window, for limits that count only
 * failures: count every attempt first (so a burst cannot slip past the check),
 * then refund the ones that succeeded.
 */
export async function refundRateLimit({ key, windowMs, now }: Omit<ConsumeOptions, "limit">): Promise<void> {
  const { windowStart } = newBucket(key, windowMs, now);
  await getDb()
    .update(rateLimitBuckets)
    .set({ hits: sql`${rateLimitBuckets.hits} - 1` })
    .where(and(eq(rateLimitBuckets.key, key), eq(rateLimitBuckets.windowStart, windowStart), gt(rateLimitBuckets.hits, 0)));
}

/**
 * The bucket of `key` for the window `now` falls in, holding one hit. Windows are aligned to
 * multiples of `windowMs`; a bucket is kept one window longer than its own: the next window weighs it.
 */
export function newBucket(key: string, windowMs: number, now: Date) {
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  return { key, windowStart: new Date(windowStart), hits: 1, expiresAt: new Date(windowStart + 2 * windowMs) };
}

async function previousWindowHits(key: string, previousStart: number): Promise<number> {
  const [row] = await getDb()
    .select({ hits: rateLimitBuckets.hits })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), eq(rateLimitBuckets.windowStart, new Date(previousStart))));
  return row?.hits ?? 0;
}

async function cleanUp(key: string, now: Date): Promise<void> {
  // This key's old windows: a range of the primary key, never a table scan.
  await getDb()
    .delete(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), lte(rateLimitBuckets.expiresAt, now)));
  // Keys that never come back (one-off IPs, emails) are left to a rare, bounded sweep.
  if (Math.random() < SWEEP_CHANCE) await sweepExpiredRateLimitBuckets(now);
}

/**
 * Deletes up to `max` buckets of any key that expired by `now`; returns how
 * many. SKIP LOCKED lets concurrent sweeps share the work instead of waiting.
 */
export async function sweepExpiredRateLimitBuckets(now: Date, max = SWEEP_BATCH): Promise<number> {
  const db = getDb();
  const expired = db
    .select({ key: rateLimitBuckets.key, windowStart: rateLimitBuckets.windowStart })
    .from(rateLimitBuckets)
    .where(lte(rateLimitBuckets.expiresAt, now))
    .limit(max)
    .for("update", { skipLocked: true });
  const deleted = await db
    .delete(rateLimitBuckets)
    .where(sql`(${rateLimitBuckets.key}, ${rateLimitBuckets.windowStart}) in (${expired})`)
    .returning({ key: rateLimitBuckets.key });
  return deleted.length;
}
