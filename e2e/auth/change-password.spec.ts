import { expect, test } from "@playwright/test";
import { newestLinkFor } from "../support/outbox";
import { accountLink, ownClientIp, passwordForm, signIn, signOut, signUp, uniqueTag } from "../support/sign-in";

test.use(ownClientIp);

test("[auth] a reader who forgot their password gets a link by email, chooses a new one and signs in with it", async ({ page }) => {
  const creds = await signUp(page);
  await signOut(page);

  await page.goto("/sign-in");
  await passwordForm(page).getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(creds.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  await page.goto(await newestLinkFor(creds.email));
  await expect(page).toHaveURL(/\/account\/password$/);
  const markBefore = (await page.context().cookies()).find((c) => c.name === "parley.known-device")?.value;
  expect(markBefore).toBeTruthy();
  await expect(page.getByRole("main")).toContainText("You signed in with an email link just now");
  const form = page.getByRole("form", { name: "New password" });
  await expect(form.getByLabel("Current password")).toHaveCount(0);
  await form.getByLabel("New password").fill("a fresh and better one");
  await form.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Your new password is saved. Other devices were signed out.")).toBeVisible();
  await expect(accountLink(page, creds.name)).toBeVisible();
  // The mark follows the password: the old one no longer counts, this browser has the new one.
  const markAfter = (await page.context().cookies()).find((c) => c.name === "parley.known-device")?.value;
  expect(markAfter).toBeTruthy();
  expect(markAfter).not.toBe(markBefore);

  await signOut(page);
  await signIn(page, { email: creds.email, password: "a fresh and better one" });
});

test("[auth] changing the password needs the current one and signs the account out on other devices", async ({ page, browser }) => {
  // Signed in with the password, not the sign-up's email link: so the current password is asked for.
  const creds = await signUp(page);
  await signOut(page);
  await signIn(page, creds);
  const otherDevice = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": "10.250.0.1" } });
  await signIn(otherDevice, creds);
  await expect(accountLink(otherDevice, creds.name)).toBeVisible();

  await page.goto("/account");
  await page.getByRole("link", { name: "Change or set your password" }).click();
  const form = page.getByRole("form", { name: "New password" });
  await form.getByLabel("Current password").fill("not the password");
  await form.getByLabel("New password").fill("another strong passphrase");
  await form.getByRole("button", { name: "Save password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription(/That isn't your current password\./);

  await form.getByLabel("Current password").fill(creds.password);
  await form.getByLabel("New password").fill("another strong passphrase");
  await form.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Your new password is saved. Other devices were signed out.")).toBeVisible();
  await expect(accountLink(page, creds.name)).toBeVisible();

  await otherDevice.reload();
  await expect(otherDevice.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.close();
});

test("[auth] a session ended by a password change stays ended: the session API forgets it and SSO from it can't link to the account", async ({ page, browser, baseURL }) => {
  const creds = await signUp(page); // signed in by the confirmation link: no current password asked
  const otherDevice = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": "10.250.0.2" } });
  await signIn(otherDevice, creds);
  const endedCookie = (await otherDevice.context().cookies()).find((c) => c.name === "authjs.session-token")!;

  await page.goto("/account/password");
  await page.getByRole("form", { name: "New password" }).getByLabel("New password").fill("a replacement passphrase");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Your new password is saved. Other devices were signed out.")).toBeVisible();

  // The other device, still holding the ended cookie, signs in through SSO as someone else.
  const login = `oidc-mallory-${uniqueTag()}`;
  await otherDevice.goto("/sign-in");
  await otherDevice.getByRole("button", { name: "Continue with Test SSO" }).click();
  await otherDevice.getByPlaceholder("Enter any login").fill(login);
  await otherDevice.getByPlaceholder("and password").fill("any password");
  await otherDevice.getByRole("button", { name: "Sign-in" }).click();
  await otherDevice.getByRole("button", { name: "Continue" }).click();
  await expect(accountLink(otherDevice, "Mallory OIDC")).toBeVisible();
  await otherDevice.goto("/account");
  await expect(otherDevice.getByRole("main")).toContainText(`${login}@example.test`);
  await expect(otherDevice.getByRole("main")).not.toContainText(creds.email);
  await otherDevice.close();

  const session = await fetch(new URL("/api/auth/session", baseURL), { headers: { cookie: `${endedCookie.name}=${endedCookie.value}` } });
  expect(await session.text()).not.toContain(creds.email);
  expect(session.headers.get("set-cookie")).toMatch(/authjs\.session-token=;/);
});
