import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

// Seeded on a pre-moderated thread, so both comments wait in the Pending queue, newest first.
const NEWER = "Top-level comment number 2";
const OLDER = "Top-level comment number 1";

async function openPending(queue: ModerationQueuePage, slug: string) {
  await queue.goto("pending", { article: slug });
  await expect(queue.entries).toHaveCount(2);
  // The shortcuts listen only once the page is hydrated: press j until the first entry takes focus.
  await expect(async () => {
    await queue.page.keyboard.press("j");
    await expect(queue.entries.first()).toBeFocused({ timeout: 500 });
  }).toPass();
}

test("[moderation] in the queue, j focuses the first entry and a approves it", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 2, premoderated: true });
  const queue = new ModerationQueuePage(await pageAs(world.moderators[0]!));
  await openPending(queue, world.slug);
  await expect(queue.entries.first()).toContainText(NEWER);
  await queue.page.keyboard.press("j");
  await expect(queue.entries.nth(1)).toBeFocused();
  await queue.page.keyboard.press("k");
  await expect(queue.entries.first()).toBeFocused();

  await queue.page.keyboard.press("a");
  await expect(queue.notice).toHaveText("Comment approved.");
  await expect(queue.entries).toHaveCount(1);
  await expect(queue.entry(NEWER)).toHaveCount(0);
  await expect(queue.entry(OLDER)).toBeVisible();

  await queue.goto("all", { article: world.slug });
  await expect(queue.entry(NEWER).locator(".badge", { hasText: "Published" })).toBeVisible();
});

test("[moderation] in the queue, r moves to the reason and Enter rejects", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 2, premoderated: true });
  const queue = new ModerationQueuePage(await pageAs(world.moderators[0]!));
  await openPending(queue, world.slug);
  await queue.page.keyboard.press("r");
  const reason = queue.entries.first().getByLabel("Reason for rejecting (the author sees it)");
  await expect(reason).toBeFocused();
  // While typing, the letters are text, not shortcuts.
  await queue.page.keyboard.type("Just a sales pitch");
  await expect(reason).toHaveValue("Just a sales pitch");
  await queue.page.keyboard.press("Enter");
  await expect(queue.notice).toHaveText("Comment rejected.");
  await expect(queue.entries).toHaveCount(1);
  await expect(queue.entry(OLDER)).toBeVisible();
});
