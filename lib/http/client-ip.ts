import "server-only";
import { type BlockList, isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { readPeer } from "./peer-stamp";
import { isListed, parseProxyList } from "./proxy-list";

/**
 * The client's address for rate limits. Forwarding headers are believed only from a proxy
 * named in TRUSTED_PROXIES: from one of those, X-Forwarded-For is read from the right, past
 * every trusted hop, to the first address no trusted proxy vouches for (entries further left
 * come from the client and can be forged). Anyone else is counted by the socket's address,
 * whatever headers it sends. The socket's address comes from the server's own stamp
 * (peer-stamp.ts); without one (a request made up in a test), the right-most entry counts.
 */
export function clientIpFrom(h: Headers, trusted: BlockList = trustedProxies()): string {
  const forwarded = h.get("x-forwarded-for")?.split(",").map((e) => e.trim()).filter(Boolean) ?? [];
  const peer = readPeer(h)?.address;
  if (!peer) return toLimitBucket(forwarded.at(-1) || h.get("x-real-ip")?.trim() || "unknown");
  if (!isListed(trusted, peer)) return toLimitBucket(peer);
  const client = [...forwarded].reverse().find((hop) => !isListed(trusted, hop));
  return toLimitBucket(client ?? forwarded[0] ?? peer);
}

let cachedList: BlockList | undefined;
function trustedProxies(): BlockList {
  cachedList ??= parseProxyList(env().TRUSTED_PROXIES).list;
  return cachedList;
}

/**
 * The bucket a client address counts in. One IPv6 subscriber gets a whole /64 and can use
 * any address in it, so IPv6 counts per /64; IPv4, however it is written (IPv4-mapped IPv6
 * too), counts per address. A port some proxies append (Azure: "203.0.113.7:5555") is dropped.
 */
export function toLimitBucket(raw: string): string {
  const address = withoutPort(raw.trim()).split("%")[0]!;
  if (isIP(address) === 4) return address;
  if (isIP(address) !== 6) return raw.trim();
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}

function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  return /^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address) ? address.replace(/:\d+$/, "") : address;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a trailing dotted quad folded in. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

export async function getClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
