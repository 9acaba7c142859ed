import { randomBytes, randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { newestLinkFor } from "./outbox";

// Sign-in through the real forms. Only the auth specs need the forms; other specs should
// mint a session with signInAs (session.ts), which is faster and has no rate limit.

export type Credentials = { name: string; email: string; password: string };

/** A short random tag for unique emails, names and logins within and across runs. */
export function uniqueTag(): string {
  return randomBytes(4).toString("hex");
}

/**
 * Give each test its own client address: `test.use(ownClientIp)`. Sign-in allows 10 attempts
 * per IP per 15 minutes (sign-up 5 an hour), and without X-Forwarded-For every test shares one
 * bucket, so a full run would trip the limit.
 */
export const ownClientIp = {
  // The empty pattern is how Playwright learns this fixture depends on no other.
  extraHTTPHeaders: async ({}, provide: (headers: Record<string, string>) => Promise<void>) =>
    provide({ "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` }),
};

/**
 * Fills /sign-up (or the sign-up page already open) and waits for "Check your email".
 * The account's password works only once the link is opened: see `confirmSignUp`.
 */
export async function startSignUp(page: Page, overrides: Partial<Credentials> = {}): Promise<Credentials> {
  const tag = uniqueTag();
  const creds = { name: `Tester ${tag}`, email: `reader-${tag}@example.test`, password: "correct horse battery", ...overrides };
  if (new URL(page.url(), "http://x").pathname !== "/sign-up") await page.goto("/sign-up");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Display name").fill(creds.name);
  await form.getByLabel("Email").fill(creds.email);
  await form.getByLabel("Password").fill(creds.password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  return creds;
}

/** Opens the confirmation link from the outbox, which signs the new reader in. */
export async function confirmSignUp(page: Page, creds: Credentials): Promise<void> {
  await page.goto(await newestLinkFor(creds.email));
  await expect(accountLink(page, creds.name)).toBeVisible();
}

/** Creates a fresh user through /sign-up and its emailed link, leaving the page signed in as them. */
export async function signUp(page: Page, overrides: Partial<Credentials> = {}): Promise<Credentials> {
  const creds = await startSignUp(page, overrides);
  await confirmSignUp(page, creds);
  return creds;
}

/**
 * Signs in with the password form. Uses the current page if it is already /sign-in (keeping
 * its callbackUrl, e.g. after "Sign in to comment"); otherwise opens /sign-in.
 */
export async function signIn(page: Page, creds: Pick<Credentials, "email" | "password">): Promise<void> {
  if (new URL(page.url(), "http://x").pathname !== "/sign-in") await page.goto("/sign-in");
  const form = passwordForm(page);
  await form.getByLabel("Email").fill(creds.email);
  await form.getByLabel("Password").fill(creds.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Signs out from the header and waits until it is done, so the next navigation is signed out. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

export function passwordForm(page: Page) {
  return page.getByRole("form", { name: "With your password" });
}

/** The header's link to /account, named by the signed-in user's display name. */
export function accountLink(page: Page, name: string | RegExp) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
}
