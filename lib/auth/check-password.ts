import "server-only";
import { enforceRateLimits, refundRateLimitHit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { verifyPassword } from "./password";

type Attempt = { ip: string; knownDevice: boolean };

/**
 * Checks a password for an address under the sign-in limits, throwing `rate_limited` once
 * over them. Every attempt is counted first, so a burst cannot slip past the check, and a
 * right password is refunded: only failures count. `passwordHash` null (no such account,
 * or none set) takes the same time and answers false.
 */
export async function checkPassword(email: string, passwordHash: string | null, password: string, { ip, knownDevice }: Attempt, now: Date): Promise<boolean> {
  const counted = [
    [limits.signIn, ip],
    [limits.signInByEmailAndIp, `${email} ${ip}`],
    // A browser that signed in to this account before is past the ceiling (known-device.ts).
    ...(knownDevice ? [] : [[limits.signInByEmail, email] as const]),
  ] as const;
  await enforceRateLimits(counted, now);
  const ok = await verifyPassword(passwordHash, password);
  if (ok) for (const [policy, subject] of counted) await refundRateLimitHit(policy, subject, now);
  return ok;
}
