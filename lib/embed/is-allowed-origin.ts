/** Whether `origin` (already `scheme://host[:port]`, lower-case) is one the site lists exactly. */
export function isAllowedOrigin(site: { allowedOrigins: string[] }, origin: string): boolean {
  return site.allowedOrigins.includes(origin.toLowerCase());
}

/** The origin of an absolute http(s) URL, or null. */
export function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
}
