import "server-only";
import { isAppError } from "@/lib/errors";
import { toResponse } from "@/lib/http/to-response";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value, safe inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type PageOptions = { title: string; body: string; status?: number; headers?: Record<string, string> };

/**
 * The policy of a page with no script, framed only by `frameAncestors` (none by default). The
 * proxy's own policy replaces it on every path but those that frame themselves (lib/http/framed-paths.ts).
 */
export function scriptlessPolicy(frameAncestors: string[] = []): string {
  return `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors ${frameAncestors.length ? frameAncestors.join(" ") : "'none'"}`;
}

/**
 * A small page of our own HTML, no React runtime: the sign-in popup's steps and the embed's
 * debugging page. Never cached: these pages name who is signed in.
 */
export function htmlPage({ title, body, status = 200, headers = {} }: PageOptions): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}</style></head><body>${body}</body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": scriptlessPolicy(), ...headers } });
}

/** A refusal the reader can read (a 4xx page), for when the request came from a browser's navigation. */
export function refusalPage(status: number, message: string, frameAncestors: string[] = []): Response {
  return htmlPage({ title: "Parley", status, headers: { "Content-Security-Policy": scriptlessPolicy(frameAncestors) }, body: `<main><h1>Parley</h1><p role="alert">${escapeHtml(message)}</p></main>` });
}

/**
 * A refused embed request: a readable page when the browser navigated (a form without
 * JavaScript), the JSON error otherwise (the iframe's script shows its message).
 */
export function embedErrorResponse(request: Request, error: unknown, frameAncestors: string[] = []): Response {
  const response = toResponse(error);
  if (request.headers.get("sec-fetch-mode") !== "navigate" || !isAppError(error)) return response;
  return refusalPage(error.status, error.message, frameAncestors);
}
