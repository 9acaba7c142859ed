// No "server-only": proxy.ts imports this.

/**
 * Whether a browser's Origin names the host it sent the request to. Not request.url: under
 * `next start` its origin is always the server's own (http://localhost:PORT), whatever host the
 * browser asked for. The host it addressed is the proxy's X-Forwarded-Host, else Host; a
 * cross-site page can set neither without a preflight.
 */
export function isOriginOfHost(origin: string, request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = (forwarded || request.headers.get("host"))?.toLowerCase();
  return !!host && hostOf(origin) === host;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
