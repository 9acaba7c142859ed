import type { Env } from "@/lib/env";

/**
 * Where a sign-in form may send the browser on: the configured OAuth / OpenID Connect
 * providers. CSP's form-action also governs the redirect after a form post, so without
 * these a sign-in without JavaScript could not leave for the provider.
 */
export function signInFormOrigins(e: Env): string[] {
  const origins: string[] = [];
  if (e.AUTH_GITHUB_ID) origins.push("https://github.com");
  if (e.AUTH_GOOGLE_ID) origins.push("https://accounts.google.com");
  if (e.AUTH_OIDC_ISSUER) origins.push(new URL(e.AUTH_OIDC_ISSUER).origin);
  return origins;
}
