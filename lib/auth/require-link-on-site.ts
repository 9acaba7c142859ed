import "server-only";
import type { Env } from "@/lib/env";

/**
 * Auth.js builds a mailed link from the request's Host (or X-Forwarded-Host) unless AUTH_URL
 * is set, and AUTH_TRUST_HOST=true lets it. A request with a forged Host would then mail the
 * real owner a genuine link pointing at someone else's server, token included. In production,
 * where SITE_URL names the public origin, a link anywhere else is refused instead of sent.
 */
export function requireLinkOnSite(url: string, e: Pick<Env, "NODE_ENV" | "SITE_URL" | "isSiteUrlDerived">): void {
  if (e.NODE_ENV !== "production" || e.isSiteUrlDerived) return;
  const origin = new URL(url).origin;
  if (origin !== new URL(e.SITE_URL).origin) {
    throw new Error(`Refused to mail a sign-in link to ${origin}: SITE_URL is ${e.SITE_URL}. Set AUTH_URL, or have the proxy pass the public Host.`);
  }
}
