export { isAllowedOrigin } from "@/lib/sites/normalize-origin";

/** The origin of an absolute http(s) URL, or null. */
export function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
}
