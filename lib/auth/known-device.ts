import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A browser that once signed in to an account with its password is let past the account's
 * ceiling on failed sign-ins, so strangers filling that ceiling lock out only new devices
 * (which can still sign in by email link). The cookie holds an HMAC of the address, not the
 * address; per-IP and per-account-and-IP limits still apply to it.
 */
export const KNOWN_DEVICE_COOKIE = "parley.known-device";
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 3600;

export function knownDeviceToken(email: string): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return createHmac("sha256", secret).update(`known-device:${email}`).digest("base64url");
}

/** Whether a Cookie header marks this browser as one that signed in to `email` before. */
export function isKnownDevice(cookieHeader: string | null, email: string): boolean {
  const value = cookieHeader
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === KNOWN_DEVICE_COOKIE)?.[1];
  if (!value) return false;
  const expected = Buffer.from(knownDeviceToken(email));
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
