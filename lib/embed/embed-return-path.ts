import { toSafePath } from "@/lib/auth/schemas";

/** Where a no-JavaScript embed form goes back to: one of the embed's own pages, else the site's whoami page. */
export function embedReturnPath(requested: string, sitePublicId: string): string {
  const path = toSafePath(requested);
  return path.startsWith("/embed/") ? path : `/embed/whoami?site=${encodeURIComponent(sitePublicId)}`;
}
