import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("[moderation] the queue with entries has no serious accessibility violations", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 1, premoderated: true });
  const queue = new ModerationQueuePage(await pageAs(world.moderators[0]!));
  await queue.goto("pending", { article: world.slug });
  await expect(queue.entries).toHaveCount(1);
  await expect(queue.entries.first().getByRole("button", { name: "Approve", exact: true })).toBeVisible();
  expect(await seriousViolations(queue.page)).toEqual([]);

  await queue.entries.first().locator("summary", { hasText: "Ban author" }).click();
  await expect(queue.entries.first().getByRole("button", { name: "Ban", exact: true })).toBeVisible();
  expect(await seriousViolations(queue.page)).toEqual([]);
});

// One test a page: each axe run is heavy, and the three together made one long test.
for (const [path, name] of [
  ["/moderate/log", "the audit log"],
  ["/moderate/settings", "the rules page"],
  ["/moderate/people", "the people page"],
] as const) {
  test(`[moderation] ${name} has no serious accessibility violations`, async ({ pageAs }) => {
    const world = seedWorld({ users: 1, admins: 1 });
    const page = await pageAs(world.admins[0]!);
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Moderation" })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  });
}
