import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedUser } from "@/db/testing/factories";
import { users } from "@/db/schema";
import { limits } from "@/lib/rate-limit/limits";
import { fillRateLimit, hitsOf } from "@/lib/rate-limit/testing";
import { authorizeCredentials } from "./authorize-credentials";
import { KNOWN_DEVICE_COOKIE, findDeviceAccount, knownDeviceToken, recordingSignIn } from "./known-device";
import { hashPassword, verifyPassword } from "./password";

// The real password check, watched: a refused attempt must be refused before it (argon2 is
// the cost a limit saves), and each check is slow, so these tests fill limits directly
// (fillRateLimit) and make only the attempts that show the behaviour.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
beforeEach(() => {
  vi.mocked(verifyPassword).mockClear();
});

const PASSWORD = "the reader's own password";
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret of at least sixteen characters";
});
const uniqueIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
const passwordHash = hashPassword(PASSWORD);

async function confirmedReader() {
  const user = await seedUser({ passwordHash: await passwordHash });
  await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
  return user.email!;
}

const attempt = (email: string, password: string, ip: string, now: Date, deviceCookie: string | null = null) =>
  authorizeCredentials({ email, password }, ip, now, deviceCookie).then(
    (user) => (user ? "signed in" : "refused"),
    (error: { code?: string }) => error.code ?? "error",
  );

const ceiling = limits.signInByEmail;

describe("sign-in limits", () => {
  it("count failed attempts only: a shared address signs in more often than the per-IP limit, until it fails too often", async () => {
    const now = new Date();
    const ip = uniqueIp();
    const [ada, bo] = await Promise.all([confirmedReader(), confirmedReader()]);
    await fillRateLimit(limits.signIn, ip, now, limits.signIn.limit - 1);
    const results = [];
    for (const email of [ada, bo, ada, bo]) results.push(await attempt(email!, PASSWORD, ip, now));
    expect(results).toEqual(Array(4).fill("signed in"));
    expect(await hitsOf(limits.signIn, ip)).toBe(limits.signIn.limit - 1);
    expect(await attempt(ada!, "a wrong password", ip, now)).toBe("refused");
    expect(await attempt(bo!, PASSWORD, ip, now)).toBe("rate_limited");
  });

  it("stop a stranger guessing one account's password without locking its owner out", async () => {
    const now = new Date();
    const email = await confirmedReader();
    const stranger = uniqueIp();
    await fillRateLimit(limits.signInByEmailAndIp, `${email} ${stranger}`, now, limits.signInByEmailAndIp.limit - 1);
    expect(await attempt(email, "the last guess that fits", stranger, now)).toBe("refused");
    expect(await attempt(email, "one guess too many", stranger, now)).toBe("rate_limited");
    expect(await attempt(email, PASSWORD, stranger, now)).toBe("rate_limited");
    expect(verifyPassword).toHaveBeenCalledTimes(1);

    expect(await attempt(email, PASSWORD, uniqueIp(), now)).toBe("signed in");
  });

  it("count every failed guess at an account towards its ceiling, from any address, and no successful sign-in", async () => {
    const now = new Date();
    const email = await confirmedReader();
    await fillRateLimit(ceiling, email, now, ceiling.limit - 2);
    expect(await attempt(email, PASSWORD, uniqueIp(), now)).toBe("signed in");
    expect(await attempt(email, "a guess from here", uniqueIp(), now)).toBe("refused");
    expect(await attempt(email, "a guess from there", uniqueIp(), now)).toBe("refused");
    expect(await hitsOf(ceiling, email)).toBe(ceiling.limit);
    expect(await attempt(email, PASSWORD, uniqueIp(), now)).toBe("rate_limited");
  });

  it("refuse any attempt at an account past its ceiling before checking the password, at no cost to the address", async () => {
    const now = new Date();
    const email = await confirmedReader();
    await fillRateLimit(ceiling, email, now);
    const owner = uniqueIp();
    for (let i = 0; i < 3; i++) expect(await attempt(email, PASSWORD, owner, now)).toBe("rate_limited");
    expect(verifyPassword).not.toHaveBeenCalled();
    // Refused by the ceiling, those attempts cost the owner's own address nothing, nor the ceiling more.
    expect(await hitsOf(limits.signIn, owner)).toBe(0);
    expect(await hitsOf(limits.signInByEmailAndIp, `${email} ${owner}`)).toBe(0);
    expect(await hitsOf(ceiling, email)).toBe(ceiling.limit);
  });

  it("let a browser that signed in to the account before past its ceiling, and no other browser", async () => {
    const now = new Date();
    const email = await confirmedReader();
    await fillRateLimit(ceiling, email, now);
    const account = (await findDeviceAccount({ email }))!;
    const ownBrowser = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken(account)}`;
    expect(await attempt(email, PASSWORD, uniqueIp(), now, ownBrowser)).toBe("signed in");

    const otherAccountsMark = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken({ id: "someone-else", passwordHash: account.passwordHash })}`;
    expect(await attempt(email, PASSWORD, uniqueIp(), now, otherAccountsMark)).toBe("rate_limited");
    const markBeforeAPasswordChange = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken({ id: account.id, passwordHash: "an older hash" })}`;
    expect(await attempt(email, PASSWORD, uniqueIp(), now, markBeforeAPasswordChange)).toBe("rate_limited");
    expect(verifyPassword).toHaveBeenCalledTimes(1);
  });

  it("let the server sign an account in again past its ceiling, and no one else", async () => {
    const now = new Date();
    const email = await confirmedReader();
    await fillRateLimit(ceiling, email, now);
    const account = (await findDeviceAccount({ email }))!;
    const again = await recordingSignIn(() => attempt(email, PASSWORD, uniqueIp(), now), { trustedUserId: account.id });
    expect(again.result).toBe("signed in");
    const forSomeoneElse = await recordingSignIn(() => attempt(email, PASSWORD, uniqueIp(), now), { trustedUserId: "someone-else" });
    expect(forSomeoneElse.result).toBe("rate_limited");
  });
});
