import { expect, test } from "@playwright/test";
import { accountLink, confirmSignUp, ownClientIp, passwordForm, signIn, signOut, signUp, startSignUp, uniqueTag } from "../support/sign-in";

test.use(ownClientIp);

const NO_MATCH = "That email and password don't match an account.";

test("[auth] a new reader signs up, confirms by the emailed link, signs out and signs in again with their password", async ({ page }) => {
  const creds = await startSignUp(page);
  await expect(page.getByRole("main")).toContainText("Until then, your password can't be used.");

  // Before the link is opened, the password is refused, with the reason.
  await page.goto("/sign-in");
  const form = passwordForm(page);
  await form.getByLabel("Email").fill(creds.email);
  await form.getByLabel("Password").fill(creds.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByText(/^Confirm your email first/)).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(creds.email);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await confirmSignUp(page, creds);

  await signOut(page);
  await expect(accountLink(page, creds.name)).toHaveCount(0);

  await signIn(page, creds);
  await expect(accountLink(page, creds.name)).toBeVisible();
  // Marked as a browser that knows this account, past its ceiling on strangers' failed attempts.
  const mark = (await page.context().cookies()).find((c) => c.name === "parley.known-device");
  expect(mark).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("[auth] a wrong password and an unknown email get the same answer, so accounts cannot be enumerated", async ({ page }) => {
  const creds = await signUp(page);
  await signOut(page);

  for (const attempt of [
    { email: creds.email, password: "not the right password" },
    { email: `nobody-${uniqueTag()}@example.test`, password: creds.password },
  ]) {
    // A fresh page each time, so the message seen is this attempt's answer, not the last one's.
    await page.goto("/sign-in");
    const form = passwordForm(page);
    await form.getByLabel("Email").fill(attempt.email);
    await form.getByLabel("Password").fill(attempt.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByText(NO_MATCH)).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  }
});

test("[auth] a too-short password is refused next to the field and creates no account", async ({ page }) => {
  const email = `short-${uniqueTag()}@example.test`;
  await page.goto("/sign-up");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Display name").fill("Shorty");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("abc12");
  await form.getByRole("button", { name: "Create account" }).click();

  const password = form.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Use at least 10 characters for your password\./);
  await expect(password).toHaveValue("");
  await expect(form.getByLabel("Email")).not.toHaveAttribute("aria-invalid");
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await expect(form.getByLabel("Display name")).toHaveValue("Shorty");
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // Nothing was stored: the same email still makes a new account.
  await signUp(page, { email });
});

test("[auth] signing up with an address that has an account changes nothing and mails its owner a sign-in link", async ({ page }) => {
  const owner = await signUp(page);
  await signOut(page);

  await startSignUp(page, { email: owner.email, name: "Someone Else", password: "an intruder's password" });
  await page.goto("/sign-in");
  const form = passwordForm(page);
  await form.getByLabel("Email").fill(owner.email);
  await form.getByLabel("Password").fill("an intruder's password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByText(NO_MATCH)).toBeVisible();

  await confirmSignUp(page, owner);
  await signOut(page);
  await signIn(page, owner);
  await expect(accountLink(page, owner.name)).toBeVisible();
});

test("[auth] a wrong password is refused, and the browser not marked as known, even when the request asks Auth.js to return instead of throw", async ({ page }) => {
  const creds = await signUp(page);
  await signOut(page);
  await page.context().clearCookies();
  await page.setExtraHTTPHeaders({ "x-auth-return-redirect": "1" });

  await page.goto("/sign-in");
  const form = passwordForm(page);
  await form.getByLabel("Email").fill(creds.email);
  await form.getByLabel("Password").fill("not the right password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByText(NO_MATCH)).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("parley.known-device");
});
