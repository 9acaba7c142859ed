import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

const STALE = "This comment was edited after you opened it — review the new text.";

test("[moderation] an author's edit of a held comment refuses the approval the moderator had open, and the queue shows what changed", async ({ pageAs }, testInfo) => {
  // Seeded comments are a day old, past the edit window: the author writes a fresh one.
  const world = seedWorld({ users: 1, moderators: 1, premoderated: true });
  const thread = new ThreadPage(await pageAs(world.users[0]!));
  await thread.goto(world.slug);
  await thread.post("The ferry runs again from Monday");

  const moderatorPage = await pageAs(world.moderators[0]!);
  const queue = new ModerationQueuePage(moderatorPage);
  await queue.goto("pending", { article: world.slug });
  const entry = queue.entry("The ferry runs again from Monday");
  await expect(entry).toBeVisible();
  await expect(queue.history(entry)).toHaveCount(0);

  await thread.edit(thread.comment("The ferry runs again"), "The ferry runs again from Monday, cheap pills at pills.example");
  await expect(thread.comment("cheap pills")).toContainText("(edited)");

  await queue.approve(entry);
  await expect(queue.error).toHaveText(STALE);
  const edited = queue.entry("cheap pills");
  await expect(edited.locator(".badge")).toHaveText("Pending");
  const history = queue.history(edited);
  await expect(history.locator("summary")).toHaveText("Edited once — show history");
  await expect(history).toHaveAttribute("open", "");
  await expect(history.locator("del")).toHaveCount(0);
  await expect(history.locator("ins")).toHaveText(", cheap pills at pills.example");

  for (const width of [1280, 375]) {
    await moderatorPage.setViewportSize({ width, height: 900 });
    await edited.screenshot({ path: testInfo.outputPath(`queue-entry-history-${width}.png`) });
  }

  const commentId = (await edited.getAttribute("id"))!.replace("entry-", "");
  // In place on the article page, the moderator's strip links to the same history.
  const inPlace = new ThreadPage(moderatorPage);
  await inPlace.goto(world.slug);
  await inPlace.comment("cheap pills").getByRole("link", { name: "edited once — show history" }).click();
  await expect(moderatorPage.getByRole("heading", { level: 1 })).toHaveText(`History of comment ${commentId}`);

  await queue.goto("pending", { article: world.slug });
  await queue.reject(edited, "Advertising");
  await expect(queue.notice).toHaveText("Comment rejected.");
  await moderatorPage.goto(`/moderate/log?comment=${commentId}`);
  const rejection = moderatorPage.getByRole("row").filter({ hasText: "reject" });
  await expect(rejection.getByRole("link", { name: "revision 2" })).toBeVisible();
  await rejection.getByRole("link", { name: "revision 2" }).click();
  await expect(moderatorPage.locator("#revision-2")).toContainText("cheap pills");
  await expect(moderatorPage.locator("#revision-1")).toContainText("The ferry runs again from Monday");
  await moderatorPage.screenshot({ path: testInfo.outputPath("comment-history-375.png"), fullPage: true });

  const reader = await pageAs(world.users[0]!);
  const response = await reader.goto(`/moderate/comments/${commentId}/history`);
  expect(response?.status()).toBe(404);
  await expect(reader.getByText("cheap pills")).toHaveCount(0);
});
