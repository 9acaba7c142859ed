import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for rate limits: the right-most X-Forwarded-For entry, the
 * one Parley's own reverse proxy appended. Entries to its left come from the client
 * and can be forged. Without a proxy, Next.js sets the header to the socket address
 * only when the request carries none, so a direct client can pick its own: run
 * Parley behind a proxy that appends (see README).
 */
export function clientIpFrom(h: Headers): string {
  const entries = h.get("x-forwarded-for")?.split(",").map((e) => e.trim()).filter(Boolean) ?? [];
  return entries.at(-1) || h.get("x-real-ip")?.trim() || "unknown";
}

export async function getClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
