import "server-only";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, refundRateLimit } from "./consume-rate-limit";
import type { RateLimitPolicy } from "./limits";

/**
 * Counts one hit of `subject` (a user id, an IP, a lowercased email) against
 * the policy, and throws a `rate_limited` AppError once it is over the limit.
 * Call it before opening a transaction (see consumeRateLimit).
 */
export async function enforceRateLimit(policy: RateLimitPolicy, subject: string, now: Date): Promise<void> {
  const result = await consumeRateLimit({
    key: rateLimitKey(policy, subject),
    limit: policy.limit,
    windowMs: policy.windowMs,
    now,
  });
  if (result.allowed) return;
  if (policy.refundRefused) await refundRateLimitHit(policy, subject, now);
  const { retryAfterSeconds } = result;
  throw new AppError("rate_limited", `${policy.message} Try again ${formatRetryAfter(retryAfterSeconds)}.`, {
    retryAfterSeconds,
  });
}

/**
 * Enforces several limits in turn. When one refuses, the hits the earlier ones counted are
 * taken back too (for policies that refund refused hits), so a refused attempt costs nothing.
 */
export async function enforceRateLimits(checks: readonly (readonly [RateLimitPolicy, string])[], now: Date): Promise<void> {
  for (const [i, [policy, subject]] of checks.entries()) {
    try {
      await enforceRateLimit(policy, subject, now);
    } catch (error) {
      for (const [earlier, earlierSubject] of checks.slice(0, i)) {
        if (earlier.refundRefused) await refundRateLimitHit(earlier, earlierSubject, now);
      }
      throw error;
    }
  }
}

/** Takes back a hit `enforceRateLimit` counted, for policies that count only failed attempts. */
export async function refundRateLimitHit(policy: RateLimitPolicy, subject: string, now: Date): Promise<void> {
  await refundRateLimit({ key: rateLimitKey(policy, subject), windowMs: policy.windowMs, now });
}

/** The key in rate_limit_buckets under which `policy` counts `subject`. */
export function rateLimitKey(policy: RateLimitPolicy, subject: string): string {
  return `${policy.name}:${subject}`;
}

/** "in 42 seconds", "in 15 minutes", "in 2 hours": rounded up, so nobody is told to retry too early. */
export function formatRetryAfter(seconds: number): string {
  if (seconds < 90) return `in ${plural(seconds, "second")}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `in ${plural(minutes, "minute")}`;
  return `in ${plural(Math.ceil(minutes / 60), "hour")}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
