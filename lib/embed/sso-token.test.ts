import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accounts, usedTokenIds, users } from "@/db/schema";
import type { EmbedSite } from "@/lib/sites/get-site";
import { verifySsoToken } from "./sso-token";
import { upsertSsoUser } from "./sso-user";
import { publisherToken, seedEmbedSite } from "./testing";

const b64 = (value: object | string) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** A JWT put together by hand, for shapes jose refuses to sign. */
function handMadeToken(header: object, payload: object, sign: (input: string) => string = () => ""): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign(input)}`;
}

const claimsFor = (site: EmbedSite, extra: object = {}) => ({ sub: `u-${randomUUID()}`, aud: site.publicId, jti: randomUUID(), exp: Math.floor(Date.now() / 1000) + 300, ...extra });

let site: EmbedSite;
beforeAll(async () => {
  site = await seedEmbedSite();
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error, "the token should have been refused").toBeInstanceOf(Error);
  return error as Error & { code: string; status: number };
}

describe("verifySsoToken", () => {
  it("accepts a token the publisher signed with the secret exactly as shown", async () => {
    const token = await publisherToken(site, { sub: "reader-1", name: "  Ada  ", email: "ada@publisher.test", picture: "https://publisher.test/ada.png" });
    await expect(verifySsoToken(site, token)).resolves.toEqual({ sub: "reader-1", name: "Ada", email: "ada@publisher.test", picture: "https://publisher.test/ada.png" });
  });

  it("refuses a token signed with another secret", async () => {
    const error = await refusal(verifySsoToken(site, await publisherToken(site, {}, { secret: "not-the-site-secret" })));
    expect(error.message).toBe("This sign-in token's signature does not match this site's SSO secret");
    expect(error.status).toBe(401);
  });

  it("refuses a token whose payload was changed after signing", async () => {
    const [header, , signature] = (await publisherToken(site)).split(".");
    const error = await refusal(verifySsoToken(site, `${header}.${b64(claimsFor(site, { sub: "someone-else" }))}.${signature}`));
    expect(error.message).toMatch(/signature does not match/);
  });

  it.each([
    ["none", { alg: "none" }, () => ""],
    ["HS512", { alg: "HS512" }, (input: string) => createHmac("sha512", site.ssoSecret!).update(input).digest("base64url")],
    ["RS256", { alg: "RS256" }, () => b64("x".repeat(256))],
  ])("refuses the %s algorithm", async (alg, header, sign) => {
    const error = await refusal(verifySsoToken(site, handMadeToken(header, claimsFor(site), sign)));
    expect(error.message).toBe(`This sign-in token is signed with ${alg}: Parley accepts HS256 only`);
    expect(error.status).toBe(400);
  });

  it("refuses an RS256 token really signed with a key pair", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const token = await new SignJWT(claimsFor(site)).setProtectedHeader({ alg: "RS256" }).sign(privateKey);
    expect((await refusal(verifySsoToken(site, token))).message).toMatch(/Parley accepts HS256 only/);
  });

  it("refuses an expired token, even by a second", async () => {
    const error = await refusal(verifySsoToken(site, await publisherToken(site, {}, { now: new Date(Date.now() - 301_000) })));
    expect(error.message).toBe("This sign-in token has expired");
    expect(error.status).toBe(401);
  });

  it("refuses a token that expires more than 10 minutes ahead", async () => {
    const error = await refusal(verifySsoToken(site, await publisherToken(site, {}, { expiresIn: 11 * 60 })));
    expect(error.message).toMatch(/^This sign-in token expires too far ahead/);
    expect(error.status).toBe(400);
  });

  it("accepts exactly 10 minutes ahead", async () => {
    await expect(verifySsoToken(site, await publisherToken(site, {}, { expiresIn: 600 }))).resolves.toBeTruthy();
  });

  it.each(["exp", "jti", "sub"])("refuses a token without %s", async (claim) => {
    const token = await publisherToken(site, { [claim]: undefined });
    const error = await refusal(verifySsoToken(site, token));
    expect(error.message).toBe(`This sign-in token has no ${claim} claim`);
    expect(error.status).toBe(400);
  });

  it("refuses a token for another site, and one without an audience", async () => {
    const other = await seedEmbedSite();
    const forOther = await publisherToken({ ...site, publicId: other.publicId });
    expect((await refusal(verifySsoToken(site, forOther))).message).toBe("This sign-in token is for another site");
    expect((await refusal(verifySsoToken(site, await publisherToken(site, { aud: undefined })))).message).toBe("This sign-in token has no aud claim");
  });

  it("accepts a token once: the same jti again is a replay", async () => {
    const token = await publisherToken(site);
    await verifySsoToken(site, token);
    const error = await refusal(verifySsoToken(site, token));
    expect(error.message).toBe("This sign-in token was already used");
    const again = await publisherToken(site, { jti: JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).jti });
    expect((await refusal(verifySsoToken(site, again))).message).toBe("This sign-in token was already used");
  });

  it("lets only one of many simultaneous uses of a token through", async () => {
    const token = await publisherToken(site);
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => verifySsoToken(site, token)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("keeps a used id until the token expires, then sweeps it", async () => {
    const now = new Date();
    const token = await publisherToken(site, {}, { now, expiresIn: 60 });
    await verifySsoToken(site, token, now);
    const jti = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).jti;
    const id = `sso:${site.id}:${jti}`;
    const [row] = await getDb().select().from(usedTokenIds).where(eq(usedTokenIds.id, id));
    expect(row!.expiresAt.getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000 + 60_000);
    const later = new Date(now.getTime() + 120_000);
    await verifySsoToken(site, await publisherToken(site, {}, { now: later }), later);
    expect(await getDb().select().from(usedTokenIds).where(eq(usedTokenIds.id, id))).toHaveLength(0);
  });

  it.each([
    ["a name over 100 characters", { name: "n".repeat(101) }, "This sign-in token's name is longer than 100 characters"],
    ["a sub over 255 characters", { sub: "s".repeat(256) }, "This sign-in token's sub is longer than 255 characters"],
    ["a numeric sub", { sub: 42 }, "This sign-in token's sub must be a string"],
    ["an http picture", { picture: "http://publisher.test/a.png" }, "This sign-in token's picture must be an https URL"],
    ["a javascript: picture", { picture: "javascript:alert(1)" }, "This sign-in token's picture must be an https URL"],
    ["a picture URL over 2048 characters", { picture: `https://publisher.test/${"a".repeat(2048)}` }, "This sign-in token's picture URL is longer than 2048 characters"],
    ["an email that is not one", { email: "not an email" }, "This sign-in token's email is not an email address"],
    ["a name with direction overrides", { name: "evil\u202Eman" }, "This sign-in token's sub or name contains control or direction characters"],
  ])("refuses %s", async (_label, claims, message) => {
    const error = await refusal(verifySsoToken(site, await publisherToken(site, claims)));
    expect(error.message).toBe(message);
    expect(error.status).toBe(400);
  });

  it("refuses a string that is no JWT", async () => {
    expect((await refusal(verifySsoToken(site, "not.a.jwt"))).message).toMatch(/^This sign-in token is malformed/);
    expect((await refusal(verifySsoToken(site, "x".repeat(9000)))).message).toMatch(/^This sign-in token is too long \(at most 8192 characters\)/);
  });

  it("refuses SSO on a site without a secret, and on a Parley-accounts-only site", async () => {
    const noSecret = await seedEmbedSite({ ssoSecret: null });
    expect((await refusal(verifySsoToken(noSecret, await publisherToken({ ...noSecret, ssoSecret: "x" })))).message).toMatch(/no SSO secret/);
    const parleyOnly = await seedEmbedSite({ signIn: "parley_only" });
    const error = await refusal(verifySsoToken(parleyOnly, await publisherToken(parleyOnly)));
    expect(error.message).toBe("This site accepts Parley accounts only, not single sign-on.");
    expect(error.status).toBe(403);
  });
});

describe("upsertSsoUser", () => {
  it("makes the same sub on two sites two people, scoped to their site", async () => {
    const other = await seedEmbedSite();
    const sub = `shared-${randomUUID()}`;
    const a = await upsertSsoUser(site.id, { sub, name: "On A", email: null, picture: null });
    const b = await upsertSsoUser(other.id, { sub, name: "On B", email: null, picture: null });
    expect(a.userId).not.toBe(b.userId);
    const rows = await getDb().select({ id: users.id, siteId: users.siteId, email: users.email }).from(users).where(eq(users.id, a.userId));
    expect(rows).toEqual([{ id: a.userId, siteId: site.id, email: null }]);
    const [account] = await getDb().select().from(accounts).where(eq(accounts.userId, b.userId));
    expect(account).toMatchObject({ provider: `sso:${other.id}`, providerAccountId: sub });
  });

  it("finds the same user again and takes the publisher's new name and picture", async () => {
    const sub = `again-${randomUUID()}`;
    const first = await upsertSsoUser(site.id, { sub, name: "Old", email: "old@publisher.test", picture: null });
    const second = await upsertSsoUser(site.id, { sub, name: "New", email: "new@publisher.test", picture: "https://publisher.test/new.png" });
    expect(second).toEqual({ userId: first.userId, created: false });
    const [user] = await getDb().select({ name: users.name, image: users.image, ssoEmail: users.ssoEmail, email: users.email }).from(users).where(eq(users.id, first.userId));
    expect(user).toEqual({ name: "New", image: "https://publisher.test/new.png", ssoEmail: "new@publisher.test", email: null });
  });

  it("makes one user when the first sign-ins of one sub race", async () => {
    const sub = `race-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 6 }, () => upsertSsoUser(site.id, { sub, name: `Racer ${sub}`, email: null, picture: null })));
    expect(new Set(results.map((r) => r.userId)).size).toBe(1);
    const linked = await getDb().select().from(accounts).where(and(eq(accounts.provider, `sso:${site.id}`), eq(accounts.providerAccountId, sub)));
    expect(linked).toHaveLength(1);
    expect(await getDb().select().from(users).where(eq(users.name, `Racer ${sub}`))).toHaveLength(1);
  });
});
