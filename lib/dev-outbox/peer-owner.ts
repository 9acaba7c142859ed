import "server-only";
import { readFile } from "node:fs/promises";
import type { Peer } from "@/lib/http/peer-stamp";

/**
 * The uid of the local process whose socket is `peer`, read from Linux's /proc/net/tcp{,6}:
 * the client's end of the connection is the row whose local port is the peer's port and whose
 * remote port is ours. Null when it cannot be told (not Linux, no such row, or rows disagree).
 */
export async function getPeerUid(peer: Peer, tables = ["/proc/net/tcp", "/proc/net/tcp6"]): Promise<number | null> {
  const local = hexPort(peer.port);
  const remote = hexPort(peer.serverPort);
  const uids = new Set<number>();
  for (const table of tables) {
    const text = await readFile(table, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [, localAddress, remoteAddress, , , , , uid] = cols;
      if (localAddress?.endsWith(`:${local}`) && remoteAddress?.endsWith(`:${remote}`) && uid) uids.add(Number(uid));
    }
  }
  return uids.size === 1 ? [...uids][0]! : null;
}

function hexPort(port: number): string {
  return port.toString(16).toUpperCase().padStart(4, "0");
}
