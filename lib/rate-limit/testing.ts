import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { newBucket } from "./consume-rate-limit";
import { rateLimitKey } from "./enforce-rate-limit";
import type { RateLimitPolicy } from "./limits";

/**
 * Records `hits` attempts of `subject` under `policy` in the window of `now` (the whole limit
 * by default), as that many allowed calls of enforceRateLimit would: how a test reaches a
 * limit without making every attempt, when making them is slow (a password check each).
 */
export async function fillRateLimit(policy: RateLimitPolicy, subject: string, now: Date, hits: number = policy.limit): Promise<void> {
  const bucket = { ...newBucket(rateLimitKey(policy, subject), policy.windowMs, now), hits };
  await getDb()
    .insert(rateLimitBuckets)
    .values(bucket)
    .onConflictDoUpdate({ target: [rateLimitBuckets.key, rateLimitBuckets.windowStart], set: { hits } });
}

/** The hits `policy` holds against `subject`, over every window still kept. */
export async function hitsOf(policy: RateLimitPolicy, subject: string): Promise<number> {
  const rows = await getDb()
    .select({ hits: rateLimitBuckets.hits })
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, rateLimitKey(policy, subject)));
  return rows.reduce((sum, r) => sum + r.hits, 0);
}
