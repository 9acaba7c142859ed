// Just enough of the Postgres wire protocol to frame what a client sends and to see when the
// session is idle again; PGlite itself answers every message.

export type FrontendMessage =
  | { kind: "message"; bytes: Buffer; length: number; isStartup: boolean }
  | { kind: "refuse-ssl"; length: number }
  | { kind: "terminate"; length: number };

const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;

/** The next complete message at the start of `buffer`, or null while more bytes are needed. */
export function nextFrontendMessage(buffer: Buffer, startup: boolean): FrontendMessage | null {
  if (startup) {
    if (buffer.length < 8) return null;
    const length = buffer.readInt32BE(0);
    const code = buffer.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) return { kind: "refuse-ssl", length };
    // A CancelRequest or an unknown protocol: nothing PGlite can answer.
    if (code !== PROTOCOL_3) return { kind: "terminate", length: buffer.length };
    if (buffer.length < length) return null;
    return { kind: "message", bytes: buffer.subarray(0, length), length, isStartup: true };
  }
  if (buffer.length < 5) return null;
  const length = 1 + buffer.readInt32BE(1);
  if (buffer.length < length) return null;
  if (buffer[0] === 0x58 /* X */) return { kind: "terminate", length };
  return { kind: "message", bytes: buffer.subarray(0, length), length, isStartup: false };
}

/** The transaction status of the last ReadyForQuery in a reply ('I' idle, 'T' in a transaction, 'E' failed one), or null. */
export function readyStatus(reply: Buffer): string | null {
  let status: string | null = null;
  for (let at = 0; at + 5 < reply.length; at += 1 + reply.readInt32BE(at + 1)) {
    if (reply[at] === 0x5a /* Z */) status = String.fromCharCode(reply.readUInt8(at + 5));
  }
  return status;
}

export const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);

export const ROLLBACK = query("ROLLBACK");

function query(text: string): Buffer {
  const body = Buffer.from(`${text}\0`);
  const header = Buffer.alloc(5);
  header.write("Q");
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}
