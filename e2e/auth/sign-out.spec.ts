import { expect, test } from "@playwright/test";
import { accountLink, ownClientIp, signOut, signUp } from "../support/sign-in";

test.use(ownClientIp);

test("[auth] signing out ends the session on the server: a copy of its cookie stops working", async ({ page, browser, baseURL }) => {
  const creds = await signUp(page);
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;
  expect(session).toBeDefined();

  // Another browser holding a copy of the cookie is signed in as the reader...
  const copy = await browser.newContext({ baseURL });
  await copy.addCookies([{ name: session.name, value: session.value, url: baseURL! }]);
  const elsewhere = await copy.newPage();
  await elsewhere.goto("/");
  await expect(accountLink(elsewhere, creds.name)).toBeVisible();

  // ...until the reader signs out in their own browser.
  await signOut(page);
  await elsewhere.reload();
  await expect(accountLink(elsewhere, creds.name)).toHaveCount(0);
  await expect(elsewhere.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await (await copy.request.get("/api/auth/session")).json()).toBeNull();
  await copy.close();
});
