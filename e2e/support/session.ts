import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { E2E_AUTH_SECRET } from "./auth-secret";
import type { SeededUser } from "./seed-world";

const COOKIE = "authjs.session-token";

/** The session cookie Auth.js would set for this user, as a Cookie header value. */
export async function sessionCookie(user: SeededUser): Promise<string> {
  const value = await encode({ token: { sub: user.id, name: user.name, email: user.email }, secret: E2E_AUTH_SECRET, salt: COOKIE });
  return `${COOKIE}=${value}`;
}

/** Signs a browser context in as a seeded user by minting that cookie. */
export async function signInAs(context: BrowserContext, user: SeededUser, baseURL: string): Promise<void> {
  const [name, value] = (await sessionCookie(user)).split(/=(.*)/s) as [string, string];
  await context.addCookies([{ name, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}
