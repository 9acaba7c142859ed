import "server-only";
import type { IncomingMessage } from "node:http";

/**
 * The request header carrying the TCP peer of the connection, stamped by the server itself.
 * Next gives route code no socket, and fills X-Forwarded-For with the socket address only
 * when the client sent none, so any client can claim any address there. This header is
 * overwritten on every request before Next sees it, so it cannot be forged: rate limits
 * (client-ip.ts) and the development outbox (lib/dev-outbox) read who is really connected.
 */
export const PEER_HEADER = "x-parley-peer";

export type Peer = { address: string; port: number; serverPort: number };

/** Stamps every request the http(s) servers of this process receive (installed by instrumentation.ts). */
export async function installPeerStamp(): Promise<void> {
  const flags = globalThis as { parleyPeerStamp?: boolean };
  if (flags.parleyPeerStamp) return;
  flags.parleyPeerStamp = true;
  const [http, https] = await Promise.all([import("node:http"), import("node:https")]);
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function (this: typeof proto, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stamp(args[0] as IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}

function stamp(req: IncomingMessage) {
  const { remoteAddress, remotePort, localPort } = req.socket;
  req.headers[PEER_HEADER] = remoteAddress && remotePort && localPort ? `${remoteAddress} ${remotePort} ${localPort}` : "";
}

export function readPeer(headers: Headers): Peer | null {
  const [address, port, serverPort] = (headers.get(PEER_HEADER) ?? "").split(" ");
  if (!address || !port || !serverPort) return null;
  return { address, port: Number(port), serverPort: Number(serverPort) };
}
