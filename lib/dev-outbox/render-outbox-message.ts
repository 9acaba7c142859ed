import "server-only";
import type { OutboxMessage } from "./outbox-files";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A minimal page showing one outbox message as written, its http(s) links clickable. */
export function renderOutboxMessage({ text }: OutboxMessage): string {
  const body = text
    .split("\n")
    .map((line) => (/^https?:\/\/\S+$/.test(line) ? `<a href="${escape(line)}">${escape(line)}</a>` : escape(line)))
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Outbox (development)</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:48rem;padding:0 1rem}pre{white-space:pre-wrap;overflow-wrap:anywhere}</style></head><body><p>Development outbox: the newest message to this address, as written to the outbox folder.</p><pre>${body}</pre></body></html>`;
}
