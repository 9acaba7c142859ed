import { randomUUID } from "node:crypto";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

test("[moderation] without JavaScript an admin adds a site and sees its SSO secret once", async ({ pageAs }) => {
  const world = seedWorld({ admins: 1 });
  const page = await pageAs(world.admins[0]!);
  await page.goto("/moderate/sites");
  const name = `No script ${randomUUID().slice(0, 8)}`;
  const form = page.getByRole("form", { name: "Add a site" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Allowed origins").fill("ftp://files.example");
  await form.getByRole("button", { name: "Add site" }).click();
  await expect(page.getByRole("form", { name: "Add a site" }).locator(".field__error")).toContainText("is not an origin");

  await page.getByRole("form", { name: "Add a site" }).getByLabel("Name").fill(name);
  await page.getByRole("form", { name: "Add a site" }).getByLabel("Allowed origins").fill("https://noscript.example");
  await page.getByRole("form", { name: "Add a site" }).getByRole("button", { name: "Add site" }).click();
  const secret = page.getByRole("textbox", { name: "SSO secret" });
  await expect(secret).toHaveValue(/^pss_/);
  const value = await secret.inputValue();
  await expect(page.getByRole("listitem", { name, exact: true }).getByRole("definition").nth(1)).toHaveText("https://noscript.example");
  await page.goto("/moderate/sites");
  expect(await page.content()).not.toContain(value);
});
