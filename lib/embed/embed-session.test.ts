import { SignJWT } from "jose";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { endedSessions, users } from "@/db/schema";
import { seedUser } from "@/db/testing/factories";
import type { EmbedSite } from "@/lib/sites/get-site";
import { EMBED_COOKIE, endEmbedSession, readEmbedSession, startEmbedSession } from "./embed-session";
import { issueHandoffCredential, redeemHandoffCredential } from "./handoff-credential";
import { signInWithSsoToken } from "./sign-in-with-sso-token";
import { publisherToken, seedEmbedSite } from "./testing";

process.env.AUTH_SECRET ??= "vitest-auth-secret-0123456789abcdef";

/** The cookie's value out of a Set-Cookie header value. */
const valueOf = (setCookie: string) => setCookie.split(";")[0]!.slice(EMBED_COOKIE.length + 1);

let site: EmbedSite;
beforeAll(async () => {
  site = await seedEmbedSite();
});

describe("the embed session cookie", () => {
  it("is a partitioned, host-only, HttpOnly cookie for cross-site iframes, good for 30 days", async () => {
    const user = await seedUser();
    const { setCookie } = await startEmbedSession({ userId: user.id, siteId: site.id });
    expect(setCookie).toMatch(/^__Host-parley-embed=[\w-]+\.[\w-]+\.[\w-]+; /);
    for (const attribute of ["Path=/", "Secure", "HttpOnly", "SameSite=None", "Partitioned", `Max-Age=${30 * 24 * 3600}`]) expect(setCookie.split("; ")).toContain(attribute);
    expect(setCookie).not.toMatch(/Domain=/i);
  });

  it("names its user and site until it expires", async () => {
    const user = await seedUser();
    const now = new Date();
    const { setCookie } = await startEmbedSession({ userId: user.id, siteId: site.id }, now);
    await expect(readEmbedSession(valueOf(setCookie), now)).resolves.toMatchObject({ userId: user.id, siteId: site.id });
    await expect(readEmbedSession(valueOf(setCookie), new Date(now.getTime() + 31 * 24 * 3600_000))).resolves.toBeNull();
  });

  it("is worth nothing forged, altered, or signed with the key of another token", async () => {
    const user = await seedUser();
    const forged = await new SignJWT({ sid: "s", site: site.id, at: Date.now() }).setProtectedHeader({ alg: "HS256" }).setSubject(user.id).setAudience("parley:embed-session").setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(process.env.AUTH_SECRET));
    await expect(readEmbedSession(forged)).resolves.toBeNull();
    const credential = await issueHandoffCredential({ userId: user.id, site });
    await expect(readEmbedSession(credential)).resolves.toBeNull();
    await expect(readEmbedSession("garbage")).resolves.toBeNull();
    await expect(readEmbedSession(undefined)).resolves.toBeNull();
  });

  it("ends on sign-out for good, even for a copy of the cookie", async () => {
    const user = await seedUser();
    const { setCookie } = await startEmbedSession({ userId: user.id, siteId: site.id });
    const cleared = await endEmbedSession(valueOf(setCookie));
    expect(cleared.setCookie).toMatch(/^__Host-parley-embed=; .*Max-Age=0/);
    await expect(readEmbedSession(valueOf(setCookie))).resolves.toBeNull();
    expect(await getDb().select().from(endedSessions).where(eq(endedSessions.userId, user.id))).toHaveLength(1);
  });

  it("ends when its account changes password afterwards", async () => {
    const user = await seedUser();
    const now = new Date();
    const { setCookie } = await startEmbedSession({ userId: user.id, siteId: site.id }, now);
    await getDb().update(users).set({ sessionsValidFrom: new Date(now.getTime() + 5_000) }).where(eq(users.id, user.id));
    await expect(readEmbedSession(valueOf(setCookie), new Date(now.getTime() + 10_000))).resolves.toBeNull();
  });
});

describe("signInWithSsoToken", () => {
  it("signs the publisher's reader in as that site's user", async () => {
    const { setCookie } = await signInWithSsoToken(site, await publisherToken(site, { sub: "sso-reader", name: "Sam" }));
    const session = await readEmbedSession(valueOf(setCookie));
    const [user] = await getDb().select({ name: users.name, siteId: users.siteId }).from(users).where(eq(users.id, session!.userId));
    expect(user).toEqual({ name: "Sam", siteId: site.id });
  });
});

describe("the popup's hand-off credential", () => {
  it("starts the iframe's session for the user who signed in, once", async () => {
    const user = await seedUser();
    const credential = await issueHandoffCredential({ userId: user.id, site });
    const { setCookie } = await redeemHandoffCredential(site, credential);
    await expect(readEmbedSession(valueOf(setCookie))).resolves.toMatchObject({ userId: user.id, siteId: site.id });
    await expect(redeemHandoffCredential(site, credential)).rejects.toThrow("This sign-in hand-off was already used: sign in again.");
  });

  it("is refused after two minutes, on another site, or altered", async () => {
    const user = await seedUser();
    const now = new Date();
    const credential = await issueHandoffCredential({ userId: user.id, site }, now);
    await expect(redeemHandoffCredential(site, credential, new Date(now.getTime() + 121_000))).rejects.toThrow(/invalid or has expired/);
    const other = await seedEmbedSite();
    await expect(redeemHandoffCredential(other, credential, now)).rejects.toThrow("This sign-in hand-off is for another site: sign in again.");
    await expect(redeemHandoffCredential(site, `${credential.slice(0, -2)}xx`, now)).rejects.toThrow(/invalid or has expired/);
  });

  it("is neither issued nor accepted on a site that takes its own accounts only", async () => {
    const user = await seedUser();
    const ssoOnly = await seedEmbedSite({ signIn: "sso_only" });
    await expect(issueHandoffCredential({ userId: user.id, site: ssoOnly })).rejects.toThrow(/own accounts only/);
    const credential = await issueHandoffCredential({ userId: user.id, site });
    await expect(redeemHandoffCredential({ ...ssoOnly, id: site.id }, credential)).rejects.toThrow(/own accounts only/);
  });
});
