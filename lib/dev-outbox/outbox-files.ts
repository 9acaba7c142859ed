import "server-only";
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type OutboxMessage = { file: string; text: string };

const MAX_MESSAGE_BYTES = 64 * 1024;

/** The name a message to `address` gets in the outbox: sortable by time, readable, no path characters. */
export function outboxFileName(address: string, now: number): string {
  return `${now}-${fileSafe(address)}.txt`;
}

/**
 * The newest message addressed to exactly `address` in `dir`, or null. Only plain files
 * directly inside `dir` count (no symlink, no subfolder), so nothing outside it is ever read;
 * the To: line must match too, since two addresses can share a file-safe name.
 */
export async function findNewestOutboxMessage(dir: string, address: string): Promise<OutboxMessage | null> {
  const suffix = `-${fileSafe(address)}.txt`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const candidates = names
    .filter((n) => /^\d+-/.test(n) && n.endsWith(suffix))
    .sort((a, b) => parseInt(b, 10) - parseInt(a, 10));
  for (const name of candidates) {
    const file = path.join(dir, name);
    if (path.dirname(file) !== path.resolve(dir)) continue;
    const stat = await lstat(file).catch(() => null);
    if (!stat?.isFile() || stat.size > MAX_MESSAGE_BYTES) continue;
    const text = await readFile(file, "utf8");
    if (text.startsWith(`To: ${address}\n`)) return { file, text };
  }
  return null;
}

function fileSafe(address: string): string {
  return address.replace(/[^a-z0-9@._-]/gi, "_");
}
