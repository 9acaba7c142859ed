import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

const HELD = "Held until a moderator agrees";

test("[moderation] on a pre-moderated article a comment waits, seen only by its author, until a moderator approves it", async ({ pageAs }) => {
  const world = seedWorld({ users: 2, moderators: 1, topLevel: 1 });
  const [author, other] = world.users;
  const moderator = new ThreadPage(await pageAs(world.moderators[0]!));
  await moderator.goto(world.slug);
  await moderator.threadControl("Pre-moderate this article").click();
  await expect(moderator.moderationNotice).toHaveText("New comments on this article now wait for approval.");
  await expect(moderator.threadControl("Stop pre-moderating this article")).toBeVisible();

  const writer = new ThreadPage(await pageAs(author!));
  await writer.goto(world.slug);
  const held = await writer.post(HELD);
  await expect(held.locator(".badge", { hasText: "Awaiting moderation" })).toBeVisible();
  await writer.page.reload();
  await expect(writer.comment(HELD).locator(".badge", { hasText: "Awaiting moderation" })).toBeVisible();
  await expect(writer.heading).toHaveText("Comments (1)");

  const reader = new ThreadPage(await pageAs(other!));
  await reader.goto(world.slug);
  await expect(reader.comment("Top-level comment number 1")).toBeVisible();
  await expect(reader.comment(HELD)).toHaveCount(0);
  await expect(reader.heading).toHaveText("Comments (1)");

  await moderator.page.reload();
  const pending = moderator.comment(HELD);
  await expect(pending.locator(".badge", { hasText: "Awaiting moderation" })).toBeVisible();
  await pending.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(moderator.moderationNotice).toHaveText("Comment approved.");
  await expect(moderator.comment(HELD).locator(".badge", { hasText: "Awaiting moderation" })).toHaveCount(0);

  await reader.page.reload();
  await expect(reader.comment(HELD)).toBeVisible();
  await expect(reader.comment(HELD).locator(".badge")).toHaveCount(0);
  await expect(reader.heading).toHaveText("Comments (2)");
});
