// No "server-only": pure, and unit-tested.

/**
 * Headers of the iframe's pages. Only the listed origins may frame a thread (no 'self' unless
 * listed); a refusal page may be framed anywhere, so the publisher sees why there is no thread.
 * Scripts run only with this response's nonce; inline style attributes stay allowed (avatar
 * colours, the accent); links leak no address of the page (no-referrer).
 */
export function embedPageHeaders({ nonce, frameAncestors }: { nonce: string; frameAncestors: string[] | "any" }): Record<string, string> {
  const ancestors = frameAncestors === "any" ? "*" : frameAncestors.length ? frameAncestors.join(" ") : "'none'";
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": csp,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
  };
}
