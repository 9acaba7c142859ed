// No "server-only", no "@/" imports: proxy.ts and next.config.ts both read this.

/**
 * The one page other sites may frame. Its route sets its own CSP (frame-ancestors = the site's
 * allowed origins), Referrer-Policy and no X-Frame-Options, so the app-wide headers skip it.
 */
export const FRAMED_PATH = "/embed/thread";

/** The headers the framed page sets for itself, left out of the app-wide ones there. */
export const SET_BY_FRAMED_PAGE = ["X-Frame-Options", "Content-Security-Policy", "Referrer-Policy"];

export function isFramedPath(pathname: string): boolean {
  return pathname === FRAMED_PATH || pathname === `${FRAMED_PATH}/`;
}
