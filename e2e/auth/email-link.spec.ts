import { expect, test } from "@playwright/test";
import { newestLinkFor } from "../support/outbox";
import { accountLink, ownClientIp, uniqueTag } from "../support/sign-in";

test.use(ownClientIp);

test("[auth] a sign-in link from the outbox signs a new reader in, who then picks a display name", async ({ page }) => {
  const email = `link-${uniqueTag()}@example.test`;
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "With a link by email" });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

  await page.goto(await newestLinkFor(email));
  // A reader who signed up by link has no display name yet.
  await expect(accountLink(page, /^Reader [0-9a-f]{6}$/)).toBeVisible();
  // Known to this account from now on, past the limits strangers could fill to lock it out.
  expect((await page.context().cookies()).find((c) => c.name === "parley.known-device")).toMatchObject({ httpOnly: true });

  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(email);
  const nameForm = page.getByRole("form", { name: "Display name" });
  const name = `Linked ${uniqueTag()}`;
  await nameForm.getByLabel("Display name").fill(name);
  await nameForm.getByRole("button", { name: "Save" }).click();
  await expect(nameForm.getByText("Your display name is saved.")).toBeVisible();
  await expect(accountLink(page, name)).toBeVisible();
});

test("[auth] links are asked for only through Parley's forms, which count them: Auth.js's own endpoint is closed", async ({ request }) => {
  const response = await request.post("/api/auth/signin/nodemailer", { form: { email: `direct-${uniqueTag()}@example.test` } });
  expect(response.status()).toBe(404);
});
