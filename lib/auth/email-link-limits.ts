import "server-only";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";

/** Counts one emailed link to `email` asked for from `ip`: each is a message in someone's inbox. */
export async function countEmailLink(email: string, ip: string, now: Date): Promise<void> {
  await enforceRateLimit(limits.emailLinkByAddressAndIp, `${email} ${ip}`, now);
  await enforceRateLimit(limits.emailLinkByAddress, email, now);
}
