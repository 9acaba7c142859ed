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

test("[moderation] without JavaScript a decision on text edited since the queue was opened is refused, and the new text shown", async ({ pageAs }) => {
  // Seeded comments are a day old, past the edit window: the author writes a fresh one.
  const world = seedWorld({ users: 1, moderators: 1, premoderated: true });
  const thread = new ThreadPage(await pageAs(world.users[0]!));
  await thread.goto(world.slug);
  await thread.submit("The ferry runs again from Monday");
  await expect(thread.comment("The ferry runs again from Monday")).toBeVisible();

  const page = await pageAs(world.moderators[0]!);
  const queue = new ModerationQueuePage(page);
  await queue.goto("pending", { article: world.slug });
  const entry = queue.entry("The ferry runs again from Monday");
  await expect(entry).toBeVisible();

  await thread.edit(thread.comment("The ferry runs again"), "The ferry runs again from Monday, edited behind your back");
  await expect(thread.comment("behind your back")).toContainText("(edited)");

  await queue.approve(entry);
  await expect(queue.error).toHaveText("This comment was edited after you opened it — review the new text.");
  const edited = queue.entry("behind your back");
  await expect(queue.history(edited).locator("ins")).toHaveText(", edited behind your back");
  await queue.approve(edited);
  await expect(queue.notice).toHaveText("Comment approved.");
  await expect(queue.entries).toHaveCount(0);
});
