import { expect, test } from "@playwright/test";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { signInAs } from "../support/session";

test("[comments] without JavaScript a reader posts, replies and votes through plain forms", async ({ page, context, baseURL }) => {
  const world = seedWorld({ users: 2, topLevel: 1 });
  await signInAs(context, world.users[1]!, baseURL!);
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);

  await thread.section.getByLabel(/^Comment as/).fill("Posted with *JavaScript* off");
  await thread.section.getByRole("button", { name: "Post comment" }).click();
  await expect(page).toHaveURL(/\?comment=\d+#comment-\d+$/);
  const posted = thread.comment("Posted with JavaScript off");
  await expect(posted.locator("em")).toHaveText("JavaScript");
  await expect(posted).toHaveClass(/comment--highlight/);

  await thread.goto(world.slug);
  const other = thread.comment("Top-level comment number 1");
  await other.locator("summary", { hasText: "Reply" }).click();
  await other.getByLabel(/^Reply to/).fill("A reply without scripts");
  await other.getByRole("button", { name: "Post reply" }).click();
  await expect(thread.comment("A reply without scripts")).toHaveClass(/comment--depth-1/);

  await thread.goto(world.slug);
  await thread.upvote(thread.comment("Top-level comment number 1")).click();
  await expect(thread.upvote(thread.comment("Top-level comment number 1"))).toHaveAttribute("aria-pressed", "true");
  await expect(thread.heading).toHaveText("Comments (3)");
});

test("[comments] without JavaScript load more and sort are links", async ({ page }) => {
  const world = seedWorld({ users: 3, topLevel: 22 });
  const thread = new ThreadPage(page);
  await thread.goto(world.slug, "?sort=oldest");
  await page.getByRole("link", { name: "Load more comments" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(thread.topLevelTexts).toHaveText(["Top-level comment number 21", "Top-level comment number 22"]);
  await page.getByRole("link", { name: "Back to the first comments" }).click();
  await expect(page).not.toHaveURL(/cursor=/);
  await expect(thread.topLevelTexts).toHaveCount(20);
});
