import "server-only";
import { enforceRateLimits, refundRateLimitHit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";

/**
 * Counts a password attempt against the sign-in limits, throwing `rate_limited` once over
 * them. Only failures should count: call the returned function when the password was right.
 * Counting first, refunding after, means a burst of attempts cannot slip past the check.
 */
export async function countPasswordAttempt(email: string, ip: string, now: Date, { knownDevice = false } = {}): Promise<() => Promise<void>> {
  const counted = [
    [limits.signIn, ip],
    [limits.signInByEmailAndIp, `${email} ${ip}`],
    // A browser that signed in to this account before is past the ceiling (known-device.ts).
    ...(knownDevice ? [] : [[limits.signInByEmail, email] as const]),
  ] as const;
  await enforceRateLimits(counted, now);
  return async () => {
    for (const [policy, subject] of counted) await refundRateLimitHit(policy, subject, now);
  };
}
