import "server-only";
import { startEmbedSession } from "./embed-session";
import { type SsoSite, verifySsoToken } from "./sso-token";
import { upsertSsoUser } from "./sso-user";

/**
 * Signs a publisher's reader in to the embed from their SSO token (`data-sso`): verifies it,
 * creates or updates that site's user, and returns the embed cookie to set. Throws AppError
 * with the reason a token is refused.
 */
export async function signInWithSsoToken(site: SsoSite, token: string, now = new Date()): Promise<{ setCookie: string }> {
  const identity = await verifySsoToken(site, token, now);
  const { userId } = await upsertSsoUser(site.id, identity);
  return startEmbedSession({ userId, siteId: site.id }, now);
}
