import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

test("[moderation] without JavaScript a moderator approves from the queue and closes a thread through plain forms", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 1, premoderated: true });
  const page = await pageAs(world.moderators[0]!);
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);
  // The enhanced forms mark themselves with a hidden "js" field once hydrated: none here.
  await expect(thread.commentBox).toBeVisible();
  await expect(thread.section.locator('input[name="js"]')).toHaveCount(0);

  const queue = new ModerationQueuePage(page);
  await queue.goto("pending", { article: world.slug });
  await queue.approve(queue.entry("Top-level comment number 1"));
  await expect(page).toHaveURL(/[?&]notice=Comment\+approved\.#entry-\d+$/);
  await expect(queue.notice).toHaveText("Comment approved.");
  await expect(queue.entries).toHaveCount(0);

  await thread.goto(world.slug);
  await expect(thread.heading).toHaveText("Comments (1)");
  await thread.threadControl("Close comments").click();
  await expect(page).toHaveURL(/[?&]notice=Comments\+closed\.#comments$/);
  await expect(thread.moderationNotice).toHaveText("Comments closed.");
  await expect(thread.section.getByText("Comments are closed.", { exact: true })).toBeVisible();
  await expect(thread.commentBox).toHaveCount(0);
});
