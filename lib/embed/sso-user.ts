import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, users } from "@/db/schema";
import type { SsoIdentity } from "./sso-token";

/** The accounts.provider of a site's SSO users: the same `sub` on two sites is two people. */
export function ssoProvider(siteId: number): string {
  return `sso:${siteId}`;
}

/**
 * The user a publisher's `sub` stands for on that site: created on first sign-in, and on every
 * later one given the name and picture the publisher sends now. One transaction, serialized per
 * (site, sub) by an advisory lock, so two first sign-ins at once make one user, not two.
 * The email is kept as ssoEmail only: Parley never verified it, so it signs nobody in.
 */
export async function upsertSsoUser(siteId: number, identity: SsoIdentity): Promise<{ userId: string; created: boolean }> {
  const provider = ssoProvider(siteId);
  const profile = { name: identity.name, image: identity.picture, ssoEmail: identity.email };
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${provider}:${identity.sub}`}, 0))`);
    const [linked] = await tx
      .select({ userId: accounts.userId })
      .from(accounts)
      .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, identity.sub)))
      .limit(1);
    if (linked) {
      await tx.update(users).set(profile).where(eq(users.id, linked.userId));
      return { userId: linked.userId, created: false };
    }
    const [user] = await tx.insert(users).values({ ...profile, siteId }).returning({ id: users.id });
    // "oidc" is the nearest kind Auth.js knows: an identity asserted by an issuer's signed token.
    await tx.insert(accounts).values({ userId: user!.id, type: "oidc", provider, providerAccountId: identity.sub });
    return { userId: user!.id, created: true };
  });
}
