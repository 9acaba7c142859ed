import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

test("[moderation] a closed thread takes no new comments until a moderator reopens it", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 2 });
  const moderator = new ThreadPage(await pageAs(world.moderators[0]!));
  await moderator.goto(world.slug);
  await moderator.threadControl("Close comments").click();
  await expect(moderator.moderationNotice).toHaveText("Comments closed.");
  await expect(moderator.threadControl("Reopen comments")).toBeVisible();

  const reader = new ThreadPage(await pageAs(world.users[0]!));
  await reader.goto(world.slug);
  await expect(reader.section.getByText("Comments are closed.", { exact: true })).toBeVisible();
  await expect(reader.commentBox).toHaveCount(0);
  await expect(reader.section.getByRole("button", { name: "Post comment" })).toHaveCount(0);
  await expect(reader.threadControl("Reopen comments")).toHaveCount(0);
  await expect(reader.heading).toHaveText("Comments (2)");
  await expect(reader.comment("Top-level comment number 1")).toBeVisible();
  await expect(reader.comment("Top-level comment number 2")).toBeVisible();

  await moderator.threadControl("Reopen comments").click();
  await expect(moderator.moderationNotice).toHaveText("Comments reopened.");
  await expect(moderator.threadControl("Close comments")).toBeVisible();

  await reader.page.reload();
  await expect(reader.section.getByText("Comments are closed.", { exact: true })).toHaveCount(0);
  await reader.post("Glad this is open again");
  await expect(reader.heading).toHaveText("Comments (3)");
});
