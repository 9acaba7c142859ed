import { expect, test } from "@playwright/test";
import { accountLink, ownClientIp, uniqueTag } from "../support/sign-in";

test.use(ownClientIp);

// The provider is e2e/support/oidc-provider.ts: its development login form accepts any login,
// and it names the account after the login's first word ("oidc-alice-…" → "Alice OIDC").
test("[auth] a reader signs in through the OpenID Connect provider and comes back signed in under their provider name", async ({ page }) => {
  const login = `oidc-alice-${uniqueTag()}`;
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test SSO" }).click();

  await expect(page).toHaveURL(/\/interaction\//);
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // A first sign-in always asks to authorize the app (a new grant).
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL("/");
  await expect(accountLink(page, "Alice OIDC")).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).toContain("parley.known-device");
  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(`${login}@example.test`);
});
