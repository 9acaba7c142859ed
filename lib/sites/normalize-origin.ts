const MAX_ORIGIN_LENGTH = 200;
// scheme://host[:port] and at most one trailing slash, the host of letters, digits, dots,
// hyphens (and brackets for IPv6): no path, query, fragment, credentials, backslashes,
// controls, percent-escapes or wildcards. Checked on the raw text before URL parsing, which
// would otherwise quietly repair some of them (a backslash becomes a slash, a tab vanishes).
const ORIGIN_SHAPE = /^https?:\/\/[\p{L}\p{N}\p{M}.:[\]-]+\/?$/iu;

/**
 * The exact origin a browser sends for pages at `input` (`https://Example.com/` →
 * `https://example.com`), or null when `input` is anything but a plain http(s) origin.
 */
export function normalizeOrigin(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_ORIGIN_LENGTH || !ORIGIN_SHAPE.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return null;
  return url.origin;
}

/** Whether `origin` (as a browser sent it) is one of the site's allowed origins. */
export function isAllowedOrigin(site: { allowedOrigins: readonly string[] }, origin: string | null | undefined): boolean {
  if (!origin) return false;
  const normalized = normalizeOrigin(origin);
  return normalized !== null && site.allowedOrigins.includes(normalized);
}
