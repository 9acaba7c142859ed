import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

const SECRET = /^pss_[A-Za-z0-9_-]{43}$/;

function createForm(page: Page) {
  return page.getByRole("form", { name: "Add a site" });
}

function siteItem(page: Page, name: string) {
  return page.getByRole("listitem", { name, exact: true });
}

/** The secret shown after an action, read from its read-only box. */
async function shownSecret(scope: Locator) {
  const box = scope.getByRole("textbox", { name: "SSO secret" });
  await expect(box).toHaveValue(SECRET);
  return box.inputValue();
}

test("[moderation] an admin adds a site, sees its SSO secret once, edits its origins and rotates the secret", async ({ pageAs, baseURL }) => {
  const world = seedWorld({ admins: 1 });
  const page = await pageAs(world.admins[0]!);
  await page.goto("/moderate");
  await page.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name: "Sites" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sites");

  const name = `Harbour Times ${randomUUID().slice(0, 8)}`;
  const form = createForm(page);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Allowed origins").fill("https://Harbour.example/path");
  await form.getByRole("button", { name: "Add site" }).click();
  await expect(form.locator(".field__error")).toHaveText(/"https:\/\/Harbour\.example\/path" is not an origin/);
  await expect(form.getByLabel("Allowed origins")).toHaveAccessibleDescription(/is not an origin/);
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await expect(siteItem(page, name)).toHaveCount(0);

  await form.getByLabel("Allowed origins").fill("https://Harbour.example/\nhttp://127.0.0.1:4000");
  await form.getByRole("button", { name: "Add site" }).click();
  await expect(form.getByText("Copy it now: it is shown only this once.")).toBeVisible();
  const secret = await shownSecret(form);
  const item = siteItem(page, name);
  const publicId = (await item.locator("code").first().textContent())!;
  expect(publicId).toMatch(/^[a-z0-9]{20}$/);
  await expect(item.getByRole("definition")).toHaveText([publicId, "https://harbour.example, http://127.0.0.1:4000", "SSO and Parley accounts", "never", "off"]);
  await expect(item.getByLabel(`Snippet for ${name}`)).toContainText(`data-site="${publicId}"`);
  await expect(item.getByLabel(`Snippet for ${name}`)).toContainText(`<script src="${baseURL}/embed.js" async></script>`);
  await expect(item.getByLabel(`Snippet for ${name}`)).toContainText(`${baseURL}/embed/thread?site=${publicId}&amp;key=story-123`);

  await page.reload();
  expect(await page.content()).not.toContain(secret);
  await expect(page.getByRole("textbox", { name: "SSO secret" })).toHaveCount(0);
  await expect(siteItem(page, name).getByRole("button", { name: "Rotate SSO secret" })).toBeVisible();

  await siteItem(page, name).getByText(`Edit ${name}`).click();
  const edit = page.getByRole("form", { name: `Edit ${name}` });
  await edit.getByLabel("Allowed origins").fill("https://news.harbour.example");
  await edit.getByLabel("Close threads to new comments after (days)").fill("0");
  await edit.getByRole("button", { name: "Save site" }).click();
  await expect(edit.locator(".field__error")).toHaveText("Close after at least 1 day, or leave it empty to keep threads open.");
  await edit.getByLabel("Close threads to new comments after (days)").fill("30");
  await edit.getByLabel("Readers sign in with").selectOption({ label: "The site's own accounts (SSO) only" });
  await edit.getByRole("button", { name: "Save site" }).click();
  await expect(edit.getByText("Site saved.")).toBeVisible();
  await expect(siteItem(page, name).getByRole("definition")).toHaveText([publicId, "https://news.harbour.example", "SSO only", "after 30 days", "off"]);

  await siteItem(page, name).getByRole("button", { name: "Rotate SSO secret" }).click();
  const rotated = await shownSecret(siteItem(page, name));
  expect(rotated).not.toBe(secret);
  await page.reload();
  const html = await page.content();
  expect(html).not.toContain(rotated);
  expect(html).not.toContain(secret);

  // Its moderators pick it in the queue's filter and on the rules page.
  await page.goto(`/moderate/settings?site=${publicId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rules for ${name}`);
});

test("[moderation] a moderator who is not an admin gets a 404 for the sites page and no Sites link", async ({ pageAs }) => {
  const world = seedWorld({ moderators: 1 });
  const page = await pageAs(world.moderators[0]!);
  const response = await page.goto("/moderate/sites");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.goto("/moderate");
  await expect(page.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name: "Sites" })).toHaveCount(0);
});
