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
  return toLimitBucket(entries.at(-1) || h.get("x-real-ip")?.trim() || "unknown");
}

/**
 * One IPv6 subscriber gets a whole /64 and can use any address in it: counting each
 * address apart would give them billions of buckets. IPv4 (and IPv4-mapped) stay whole.
 */
export function toLimitBucket(ip: string): string {
  if (!ip.includes(":") || /^::ffff:\d/i.test(ip)) return ip.replace(/^::ffff:/i, "");
  const [head = "", tail = ""] = ip.toLowerCase().split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

export async function getClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
