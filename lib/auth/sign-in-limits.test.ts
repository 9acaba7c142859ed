import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedUser } from "@/db/testing/factories";
import { rateLimitBuckets, users } from "@/db/schema";
import { authorizeCredentials } from "./authorize-credentials";
import { KNOWN_DEVICE_COOKIE, findDeviceAccount, knownDeviceToken, recordingSignIn } from "./known-device";
import { hashPassword } from "./password";

const PASSWORD = "the reader's own password";
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret of at least sixteen characters";
});
const uniqueIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;

async function confirmedReader() {
  const user = await seedUser({ passwordHash: await hashPassword(PASSWORD) });
  await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
  return user.email!;
}

async function hitsOf(key: string): Promise<number> {
  const rows = await getDb().select({ hits: rateLimitBuckets.hits }).from(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
  return rows.reduce((sum, r) => sum + r.hits, 0);
}

const attempt = (email: string, password: string, ip: string) =>
  authorizeCredentials({ email, password }, ip).then(
    (user) => (user ? "signed in" : "refused"),
    (error: { code?: string }) => error.code ?? "error",
  );

describe("sign-in limits", () => {
  it("count failed attempts only: a shared address signs in more often than the per-IP limit", async () => {
    const ip = uniqueIp();
    const emails = await Promise.all(Array.from({ length: 12 }, confirmedReader));
    const results = [];
    for (const email of emails) results.push(await attempt(email, PASSWORD, ip));
    expect(results).toEqual(Array(12).fill("signed in"));
  });

  it("stop a stranger guessing one account's password without locking its owner out", async () => {
    const email = await confirmedReader();
    const stranger = uniqueIp();
    const guesses = [];
    for (let i = 0; i < 6; i++) guesses.push(await attempt(email, `wrong guess ${i}`, stranger));
    expect(guesses).toEqual([...Array(5).fill("refused"), "rate_limited"]);
    expect(await attempt(email, PASSWORD, stranger)).toBe("rate_limited");

    expect(await attempt(email, PASSWORD, uniqueIp())).toBe("signed in");
  });

  it("cap guesses at one account from many addresses, except from a browser that signed in to it before", async () => {
    const email = await confirmedReader();
    for (let i = 0; i < 100; i++) expect(await attempt(email, `guess ${i}`, uniqueIp())).toBe("refused");
    const owner = uniqueIp();
    for (let i = 0; i < 3; i++) expect(await attempt(email, PASSWORD, owner)).toBe("rate_limited");
    // Refused by the ceiling, those attempts cost the owner's own address nothing.
    expect(await hitsOf(`sign-in-ip:${owner}`)).toBe(0);
    expect(await hitsOf(`sign-in-email-ip:${email} ${owner}`)).toBe(0);

    const account = (await findDeviceAccount({ email }))!;
    const ownBrowser = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken(account)}`;
    expect(await authorizeCredentials({ email, password: PASSWORD }, uniqueIp(), new Date(), ownBrowser)).toMatchObject({ email });
    const otherAccountsMark = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken({ id: "someone-else", passwordHash: account.passwordHash })}`;
    await expect(authorizeCredentials({ email, password: PASSWORD }, uniqueIp(), new Date(), otherAccountsMark)).rejects.toMatchObject({ code: "rate_limited" });
    const markBeforeAPasswordChange = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken({ id: account.id, passwordHash: "an older hash" })}`;
    await expect(authorizeCredentials({ email, password: PASSWORD }, uniqueIp(), new Date(), markBeforeAPasswordChange)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("let the server sign an account in again past its ceiling, and no one else", async () => {
    const email = await confirmedReader();
    for (let i = 0; i < 100; i++) await attempt(email, `guess ${i}`, uniqueIp());
    const account = (await findDeviceAccount({ email }))!;
    const again = await recordingSignIn(() => authorizeCredentials({ email, password: PASSWORD }, uniqueIp()), { trustedUserId: account.id });
    expect(again.result).toMatchObject({ email });
    const forSomeoneElse = recordingSignIn(() => authorizeCredentials({ email, password: PASSWORD }, uniqueIp()), { trustedUserId: "someone-else" });
    await expect(forSomeoneElse).rejects.toMatchObject({ code: "rate_limited" });
  });
});
