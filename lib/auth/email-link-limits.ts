import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { verificationTokens } from "@/db/schema";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { findDeviceAccount, isKnownDevice } from "./known-device";

/** Share of link requests that also sweep expired, never-used link tokens. */
const SWEEP_CHANCE = 0.02;
const SWEEP_BATCH = 500;

/**
 * Counts one emailed link to `email` asked for from `ip`: each is a message in someone's
 * inbox. Call it before Auth.js makes the link, so a refused request stores no token.
 */
export async function countEmailLink(email: string, ip: string, now: Date, deviceCookie: string | null = null): Promise<void> {
  // The browser its owner signed in with gets past the per-address cap (known-device.ts).
  const knownDevice = !!deviceCookie && isKnownDevice(deviceCookie, await findDeviceAccount({ email }));
  await enforceRateLimits(
    [
      [limits.emailLinkByAddressAndIp, `${email} ${ip}`],
      [limits.emailLinkByIp, ip],
      ...(knownDevice ? [] : [[limits.emailLinkByAddress, email] as const]),
    ],
    now,
  );
  if (Math.random() < SWEEP_CHANCE) await sweepExpiredLinkTokens(now);
}

/** Auth.js deletes a link's token when it is used, never when it expires unused. */
export async function sweepExpiredLinkTokens(now: Date, max = SWEEP_BATCH): Promise<number> {
  const expired = getDb()
    .select({ identifier: verificationTokens.identifier, token: verificationTokens.token })
    .from(verificationTokens)
    .where(lt(verificationTokens.expires, now))
    .limit(max);
  const deleted = await getDb()
    .delete(verificationTokens)
    .where(sql`(${verificationTokens.identifier}, ${verificationTokens.token}) in (${expired})`)
    .returning({ token: verificationTokens.token });
  return deleted.length;
}
