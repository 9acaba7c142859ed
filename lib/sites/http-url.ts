/** A publisher-given page URL, if it is plain http(s): anything else (javascript:, data:) must never become a link. */
export function httpUrlOrNull(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
