import type { Page } from "@playwright/test";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

const MODERATION_PAGES = ["/moderate", "/moderate?queue=reported", "/moderate/log", "/moderate/settings", "/moderate/people", "/moderate/sites"];

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("navigation", { name: "Moderation" })).toHaveCount(0);
}

function moderateLink(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Moderate/ });
}

test("[moderation] a reader gets a 404 on every moderation page and no Moderate link", async ({ pageAs }) => {
  const world = seedWorld({ users: 1 });
  const page = await pageAs(world.users[0]!);
  for (const path of MODERATION_PAGES) await expectNotFound(page, path);
  await page.goto(`/articles/${world.slug}`);
  await expect(page.getByRole("link", { name: world.users[0]!.name })).toBeVisible();
  await expect(moderateLink(page)).toHaveCount(0);
});

test("[moderation] a signed-out visitor gets a 404 on every moderation page and no Moderate link", async ({ pageAs }) => {
  const world = seedWorld({ users: 1 });
  const page = await pageAs(null);
  for (const path of MODERATION_PAGES) await expectNotFound(page, path);
  await page.goto(`/articles/${world.slug}`);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(moderateLink(page)).toHaveCount(0);
});

test("[moderation] a moderator has the Moderate link and the queues, but People is for admins only", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, admins: 1 });
  const moderator = await pageAs(world.moderators[0]!);
  await moderator.goto("/");
  await expect(moderateLink(moderator)).toHaveAccessibleName(/^Moderate.*: \d+ pending, \d+ reported$/);
  await moderateLink(moderator).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Moderation queues");
  const nav = moderator.getByRole("navigation", { name: "Moderation" });
  await expect(nav.getByRole("link")).toHaveText(["Queues", "Audit log", "Rules"]);
  await expectNotFound(moderator, "/moderate/people");

  const admin = await pageAs(world.admins[0]!);
  const response = await admin.goto("/moderate/people");
  expect(response?.status()).toBe(200);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("People");
  await expect(admin.getByRole("navigation", { name: "Moderation" }).getByRole("link")).toHaveText(["Queues", "Audit log", "Rules", "People", "Sites"]);
});
