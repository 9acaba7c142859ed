import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

const REASON = "Off-topic advertising for a shop";

test("[moderation] the audit log shows who rejected a comment and why, then who approved it back", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 1 });
  const [commentId] = world.topLevelIds;
  const moderatorName = world.moderators[0]!.name;
  const thread = new ThreadPage(await pageAs(world.moderators[0]!));
  await thread.goto(world.slug);
  const comment = thread.comment("Top-level comment number 1");
  await comment.locator("summary", { hasText: "Reject" }).click();
  await comment.getByLabel("Reason (the author sees it)").fill(REASON);
  await comment.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(thread.moderationNotice).toHaveText("Comment rejected.");

  const queue = new ModerationQueuePage(thread.page);
  await queue.goto("rejected", { article: world.slug });
  const entry = queue.entry("Top-level comment number 1");
  await expect(entry).toContainText(REASON);
  await queue.approve(entry);
  await expect(queue.notice).toHaveText("Comment approved.");

  const page = thread.page;
  await page.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  const filter = page.getByRole("form", { name: "Filter the log" });
  await filter.getByLabel("Comment id").fill(String(commentId));
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`comment=${commentId}`));

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  const on = `comment ${commentId} by ${world.users[0]!.name}`;
  await expect(rows.nth(1).getByRole("cell")).toHaveText([/\S/, moderatorName, "approve", on, "rejected → published", /^revision 1 [0-9a-f]{12}$/, ""]);
  await expect(rows.nth(2).getByRole("cell")).toHaveText([/\S/, moderatorName, "reject", on, "published → rejected", /^revision 1 [0-9a-f]{12}$/, REASON]);

  await rows.nth(2).getByRole("link", { name: moderatorName }).click();
  await expect(page).toHaveURL(/actor=/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
});
