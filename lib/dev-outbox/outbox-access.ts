import "server-only";
import path from "node:path";
import { isIP } from "node:net";
import { getPeerUid } from "./peer-owner";
import { type Peer, readPeer } from "@/lib/http/peer-stamp";

export type OutboxSettings = { NODE_ENV: string; SMTP_URL?: string; OUTBOX_DIR: string };

/** Where sign-in mail goes instead of SMTP: development without SMTP_URL only. */
export function devOutboxDir(e: OutboxSettings): string | null {
  return e.NODE_ENV === "development" && !e.SMTP_URL ? path.resolve(/*turbopackIgnore: true*/ e.OUTBOX_DIR) : null;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * May this request read the dev outbox? Only if it could read the folder anyway: it comes over
 * loopback (the socket's address, stamped by the server, never X-Forwarded-For) from a process
 * of the same OS user as the server, and names this machine in Host (a page that rebinds its own
 * domain to 127.0.0.1 would name its domain). Where the user cannot be told, the answer is no.
 */
export async function canReadDevOutbox(
  e: OutboxSettings,
  headers: Headers,
  ownerUid: number | null = process.getuid?.() ?? null,
  peerUid: (peer: Peer) => Promise<number | null> = getPeerUid,
): Promise<boolean> {
  if (!devOutboxDir(e) || ownerUid === null) return false;
  const host = headers.get("host")?.toLowerCase().replace(/:\d+$/, "") ?? "";
  if (!LOCAL_HOSTS.has(host)) return false;
  const peer = readPeer(headers);
  if (!peer || !isLoopback(peer.address)) return false;
  return (await peerUid(peer)) === ownerUid;
}

function isLoopback(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, "");
  if (isIP(v4) === 4) return v4.startsWith("127.");
  return address === "::1";
}
