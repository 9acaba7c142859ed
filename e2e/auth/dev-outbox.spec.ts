import { expect, test } from "@playwright/test";
import { ownClientIp, uniqueTag } from "../support/sign-in";

test.use(ownClientIp);

// The e2e app is a production build without SMTP: the development-only outbox note and route
// must not exist there, even for a browser on this machine that just asked for a link.
test("[auth] a production server never points at its outbox: no note on Check your email, /dev/outbox is a 404", async ({ page }) => {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "With a link by email" });
  await form.getByLabel("Email").fill(`outbox-${uniqueTag()}@example.test`);
  await form.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("outbox");
  await expect(page.getByRole("link", { name: /newest message/ })).toHaveCount(0);

  const response = await page.request.get("/dev/outbox");
  expect(response.status()).toBe(404);
});
