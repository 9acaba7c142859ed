import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { jwtVerify, SignJWT } from "jose";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { EmbedSite } from "@/lib/sites/get-site";
import { embedKey } from "./embed-keys";
import { startEmbedSession } from "./embed-session";
import { spendTokenId } from "./spend-token-id";

/** Long enough for the popup's message to reach the iframe and the iframe's POST to land. */
export const HANDOFF_SECONDS = 120;
const AUDIENCE = "parley:embed-handoff";

type HandoffSite = Pick<EmbedSite, "id" | "signIn">;

/** Refuses Parley accounts on a site that lets its own (SSO) users comment only. */
export function requireParleyAccountsAllowed(site: HandoffSite): void {
  if (site.signIn === "sso_only") throw new AppError("forbidden", "This site signs its readers in through its own accounts only; a Parley account cannot comment here.");
}

/**
 * What the sign-in popup hands the iframe: proof, good once and for two minutes, that the person
 * in the popup signed in to Parley as `userId`, for `site`'s embed.
 */
export async function issueHandoffCredential({ userId, site }: { userId: string; site: HandoffSite }, now = new Date()): Promise<string> {
  requireParleyAccountsAllowed(site);
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ site: site.id })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setAudience(AUDIENCE)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + HANDOFF_SECONDS)
    .sign(embedKey("handoff"));
}

/** Spends a hand-off credential for `site` and starts the iframe's session; the cookie to set. */
export async function redeemHandoffCredential(site: HandoffSite, credential: string, now = new Date()): Promise<{ setCookie: string }> {
  requireParleyAccountsAllowed(site);
  const refused = (message: string) => new AppError("unauthorized", message);
  let payload;
  try {
    ({ payload } = await jwtVerify(String(credential).slice(0, 4096), embedKey("handoff"), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      requiredClaims: ["sub", "jti", "exp"],
      currentDate: now,
    }));
  } catch {
    throw refused("This sign-in hand-off is invalid or has expired: sign in again.");
  }
  if (payload.site !== site.id) throw refused("This sign-in hand-off is for another site: sign in again.");
  if (!(await spendTokenId(`handoff:${payload.jti}`, new Date(payload.exp! * 1000), now))) throw refused("This sign-in hand-off was already used: sign in again.");
  const [user] = await getDb().select({ siteId: users.siteId }).from(users).where(eq(users.id, payload.sub!)).limit(1);
  if (!user) throw refused("This account no longer exists.");
  return startEmbedSession({ userId: payload.sub!, siteId: site.id }, now);
}
