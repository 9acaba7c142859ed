import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";

/**
 * A browser that signed in to an account is let past the limits a stranger could fill to
 * lock the account's owner out: the per-account ceiling on failed passwords and on emailed
 * links. The mark is an HMAC of the account's id and current password hash (if any), so it
 * names no address and ends when the password changes; per-IP and per-account-and-IP limits
 * still apply to it. It is set after every sign-in, whatever the way in (see SignInRecord).
 */
export const KNOWN_DEVICE_COOKIE = "parley.known-device";
const MAX_AGE = 365 * 24 * 3600;

export type DeviceAccount = { id: string; passwordHash: string | null };

export function knownDeviceToken(account: DeviceAccount): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return createHmac("sha256", secret).update(`known-device:${account.id}:${account.passwordHash ?? ""}`).digest("base64url");
}

/** Whether a Cookie header carries this account's mark. */
export function isKnownDevice(cookieHeader: string | null, account: DeviceAccount | undefined): boolean {
  if (!account) return false;
  const value = cookieHeader
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === KNOWN_DEVICE_COOKIE)?.[1];
  if (!value) return false;
  const expected = Buffer.from(knownDeviceToken(account));
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function findDeviceAccount(by: { email: string } | { id: string }): Promise<DeviceAccount | undefined> {
  const match = "email" in by ? eq(users.email, by.email) : eq(users.id, by.id);
  const [account] = await getDb().select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(match);
  return account;
}

/** The cookie that marks a browser for this account, with its current password hash. */
export async function knownDeviceMark(userId: string, secure: boolean) {
  const account = await findDeviceAccount({ id: userId });
  if (!account) return null;
  return {
    name: KNOWN_DEVICE_COOKIE,
    value: knownDeviceToken(account),
    options: { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: MAX_AGE } as const,
  };
}

// Who a sign-in signed in, told by Auth.js's jwt callback, which runs with `user` only when a
// sign-in succeeded: never by how Auth.js's signIn returned, which a request can shape
// (X-Auth-Return-Redirect makes it return instead of throw on a wrong password).
type SignInRecord = { signedInUserId?: string; trustedUserId?: string };
const records = new AsyncLocalStorage<SignInRecord>();

/**
 * Runs a sign-in and says who it signed in, if anyone. `trustedUserId`: the server itself
 * signs this account in again (after a password change), past the per-account ceiling.
 */
export async function recordingSignIn<T>(signIn: () => Promise<T>, { trustedUserId }: { trustedUserId?: string } = {}) {
  const record: SignInRecord = { trustedUserId };
  const result = await records.run(record, signIn);
  return { result, signedInUserId: record.signedInUserId };
}

export function recordSignIn(userId: string): void {
  const record = records.getStore();
  if (record) record.signedInUserId = userId;
}

export function isTrustedReSignIn(userId: string): boolean {
  return records.getStore()?.trustedUserId === userId;
}
