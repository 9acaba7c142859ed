import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";

/**
 * A browser that signed in to an account with its password is let past the limits a
 * stranger could fill to lock the account's owner out: the per-account ceiling on failed
 * passwords and on emailed links. The mark is an HMAC of the account's id and current
 * password hash, so it names no address and ends when the password changes; per-IP and
 * per-account-and-IP limits still apply to it.
 */
export const KNOWN_DEVICE_COOKIE = "parley.known-device";
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 3600;

export type DeviceAccount = { id: string; passwordHash: string | null };

export function knownDeviceToken(account: DeviceAccount): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return createHmac("sha256", secret).update(`known-device:${account.id}:${account.passwordHash ?? ""}`).digest("base64url");
}

/** Whether a Cookie header carries this account's mark. */
export function isKnownDevice(cookieHeader: string | null, account: DeviceAccount | undefined): boolean {
  if (!account?.passwordHash) return false;
  const value = cookieHeader
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === KNOWN_DEVICE_COOKIE)?.[1];
  if (!value) return false;
  const expected = Buffer.from(knownDeviceToken(account));
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function findDeviceAccount(email: string): Promise<DeviceAccount | undefined> {
  const [account] = await getDb().select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  return account;
}

// The sign-in form learns that a password was verified from here, never from how Auth.js's
// signIn returned: a request can make that return without a verified password.
type PasswordCheck = { verified?: DeviceAccount };
const passwordChecks = new AsyncLocalStorage<PasswordCheck>();

/** Runs a sign-in; returns its result and the account whose password it verified, if any. */
export async function withPasswordCheck<T>(signIn: () => Promise<T>): Promise<{ result: T; verified?: DeviceAccount }> {
  const check: PasswordCheck = {};
  const result = await passwordChecks.run(check, signIn);
  return { result, verified: check.verified };
}

export function recordVerifiedPassword(account: DeviceAccount): void {
  const check = passwordChecks.getStore();
  if (check) check.verified = account;
}
