import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedUser } from "@/db/testing/factories";
import { users } from "@/db/schema";
import { expectAppError } from "@/lib/comments/testing";
import { limits } from "@/lib/rate-limit/limits";
import { fillRateLimit } from "@/lib/rate-limit/testing";
import { authorizeCredentials } from "./authorize-credentials";
import { changePassword } from "./change-password";
import { KNOWN_DEVICE_COOKIE, knownDeviceToken } from "./known-device";
import { hashPassword } from "./password";
import { isRevoked } from "./session-claims";
import { toViewer } from "./to-viewer";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a test secret of at least sixteen characters";
});

const OLD = "the old password here";
const NEW = "a brand new passphrase";
const NOW = new Date("2026-03-01T12:00:00Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const ip = () => `192.0.2.1-${randomUUID().slice(0, 8)}`;

async function reader({ password = OLD as string | null } = {}) {
  const user = await seedUser({ passwordHash: password ? await hashPassword(password) : null });
  await getDb().update(users).set({ emailVerified: minutesAgo(60 * 24) }).where(eq(users.id, user.id));
  const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
  return { viewer: toViewer(row!), email: row!.email!, row: row! };
}

const rowOf = async (id: string) => (await getDb().select().from(users).where(eq(users.id, id)))[0]!;
const signsIn = async (email: string, password: string) => !!(await authorizeCredentials({ email, password }, ip()).catch(() => null));

describe("changePassword", () => {
  it("with the current password: the new one works, the old one doesn't, and other sessions end", async () => {
    const { viewer, email } = await reader();
    expect(await changePassword(viewer, { currentPassword: OLD, newPassword: NEW }, { ip: ip(), emailLinkSignInAt: null }, NOW)).toEqual({ userId: viewer.id, email });
    expect(await signsIn(email, NEW)).toBe(true);
    expect(await signsIn(email, OLD)).toBe(false);
    expect((await rowOf(viewer.id)).sessionsValidFrom).toEqual(NOW);
  });

  it("refuses a wrong or missing current password and changes nothing", async () => {
    const { viewer, row } = await reader();
    await expectAppError(changePassword(viewer, { currentPassword: "not my password", newPassword: NEW }, { ip: ip(), emailLinkSignInAt: null }, NOW), "invalid_input");
    await expectAppError(changePassword(viewer, { currentPassword: "", newPassword: NEW }, { ip: ip(), emailLinkSignInAt: null }, NOW), "invalid_input");
    await expectAppError(changePassword(viewer, { currentPassword: "", newPassword: NEW }, { ip: ip(), emailLinkSignInAt: minutesAgo(16) }, NOW), "invalid_input");
    expect(await rowOf(viewer.id)).toMatchObject({ passwordHash: row.passwordHash, sessionsValidFrom: null });
  });

  it("without the current password within 15 minutes of an email-link sign-in: how a forgotten password is replaced", async () => {
    const { viewer, email } = await reader();
    await changePassword(viewer, { newPassword: NEW }, { ip: ip(), emailLinkSignInAt: minutesAgo(14) }, NOW);
    expect(await signsIn(email, NEW)).toBe(true);
  });

  it("gives an account without a password one only after a fresh email-link sign-in", async () => {
    const { viewer, email } = await reader({ password: null });
    await expectAppError(changePassword(viewer, { newPassword: NEW }, { ip: ip(), emailLinkSignInAt: null }, NOW), "forbidden");
    expect((await rowOf(viewer.id)).passwordHash).toBeNull();
    await changePassword(viewer, { newPassword: NEW }, { ip: ip(), emailLinkSignInAt: minutesAgo(1) }, NOW);
    expect(await signsIn(email, NEW)).toBe(true);
  });

  it("refuses a weak new password, or one containing the address, with the field's reason", async () => {
    const { viewer, email, row } = await reader();
    const proof = { ip: ip(), emailLinkSignInAt: minutesAgo(1) };
    await expectAppError(changePassword(viewer, { newPassword: "short" }, proof, NOW), "invalid_input");
    const withAddress = await changePassword(viewer, { newPassword: `${email.split("@")[0]}-2026!` }, proof, NOW).catch((e: unknown) => e);
    expect(withAddress).toMatchObject({ code: "invalid_input", fieldErrors: { newPassword: ["Your password should not contain your email address."] } });
    expect((await rowOf(viewer.id)).passwordHash).toBe(row.passwordHash);
  });

  it("lets the owner's known browser check the current password past a ceiling strangers filled", async () => {
    const { viewer, email, row } = await reader();
    // Real time, not NOW: a rate-limit bucket of NOW's long-past window is expired, and any sweep may delete it.
    const now = new Date();
    await fillRateLimit(limits.signInByEmail, email, now);
    await expectAppError(changePassword(viewer, { currentPassword: OLD, newPassword: NEW }, { ip: ip(), emailLinkSignInAt: null }, now), "rate_limited");
    expect((await rowOf(viewer.id)).passwordHash).toBe(row.passwordHash);
    const deviceCookie = `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken(row)}`;
    await changePassword(viewer, { currentPassword: OLD, newPassword: NEW }, { ip: ip(), emailLinkSignInAt: null, deviceCookie }, now);
    expect((await rowOf(viewer.id)).passwordHash).not.toBe(row.passwordHash);
    // The ceiling still holds for other browsers.
    await expectAppError(authorizeCredentials({ email, password: NEW }, ip(), now), "rate_limited");
  });

  it("refuses a signed-out visitor", async () => {
    await expectAppError(changePassword(null, { newPassword: NEW }, { ip: ip(), emailLinkSignInAt: minutesAgo(1) }, NOW), "unauthorized");
  });
});

describe("isRevoked", () => {
  it("ends sessions signed in before the account's sessions were revoked, and tokens that don't say when", () => {
    expect(isRevoked({ signedInAt: NOW.getTime() - 1 }, NOW)).toBe(true);
    expect(isRevoked({ signedInAt: undefined }, NOW)).toBe(true);
    expect(isRevoked({ signedInAt: NOW.getTime() }, NOW)).toBe(false);
    expect(isRevoked({ signedInAt: undefined }, null)).toBe(false);
  });
});
