// No "server-only", no "@/" imports: proxy.ts and next.config.ts both read this.

/**
 * The pages other sites may frame: the thread, the debugging page that says who is signed in,
 * and the session endpoint's refusal page. Their routes set their own CSP (frame-ancestors = the
 * site's allowed origins, which only the database knows), Referrer-Policy and no
 * X-Frame-Options, so the app-wide headers skip them.
 */
export const FRAMED_PATHS = ["/embed/thread", "/embed/whoami", "/embed/session"];

/** The headers the framed page sets for itself, left out of the app-wide ones there. */
export const SET_BY_FRAMED_PAGE = ["X-Frame-Options", "Content-Security-Policy", "Referrer-Policy"];

export function isFramedPath(pathname: string): boolean {
  return FRAMED_PATHS.includes(pathname.endsWith("/") ? pathname.slice(0, -1) : pathname);
}
