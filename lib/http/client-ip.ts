import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for rate limits: the right-most X-Forwarded-For entry, the
 * one Parley's own reverse proxy appended. Entries to its left come from the client
 * and can be forged. Without a proxy there is no trustworthy address here, and every
 * request shares one bucket ("unknown"): run Parley behind a proxy (see README).
 */
export function clientIpFrom(h: Headers): string {
  const entries = h.get("x-forwarded-for")?.split(",").map((e) => e.trim()).filter(Boolean) ?? [];
  return entries.at(-1) || h.get("x-real-ip")?.trim() || "unknown";
}

export async function getClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
