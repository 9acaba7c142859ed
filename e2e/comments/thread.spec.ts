import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { signInAs } from "../support/session";

test.describe("a signed-in reader", () => {
  test("[comments] posts, replies, edits and deletes without a full page reload", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 1 });
    await signInAs(context, world.users[0]!, baseURL!);
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    await expect(thread.section).toContainText("No comments yet...");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    const first = await thread.post("Hello **world**, see https://example.com");
    await expect(first.locator("strong")).toHaveText("world");
    await expect(first.getByRole("link", { name: "https://example.com" })).toHaveAttribute("rel", "nofollow ugc noopener");
    await expect(first).toBeFocused();
    await expect(thread.heading).toHaveText("Comments (1)");
    await expect(thread.section).not.toContainText("No comments yet...");

    const reply = await thread.replyTo(first, "A reply to the first comment");
    await expect(reply).toHaveClass(/comment--depth-1/);
    await expect(thread.heading).toHaveText("Comments (2)");

    await reply.locator("summary", { hasText: "Edit" }).click();
    await reply.getByLabel("Edit your comment").fill("A reply, now edited");
    await reply.getByRole("button", { name: "Save changes" }).click();
    const edited = thread.comment("A reply, now edited");
    await expect(edited).toContainText("(edited)");

    await first.locator("summary", { hasText: "Delete" }).click();
    await first.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(thread.section.getByText("[deleted]", { exact: true }).first()).toBeVisible();
    await expect(edited).toBeVisible();
    await expect(thread.heading).toHaveText("Comments (1)");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  test("[comments] votes on another reader's comment and takes the vote back", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 2, topLevel: 1 });
    await signInAs(context, world.users[1]!, baseURL!);
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    const comment = thread.comment("Top-level comment number 1");
    // The tally moves at once (optimistic); wait for the server's answer before reloading.
    const voted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(world.slug));
    await thread.upvote(comment).click();
    await expect(thread.upvote(comment)).toHaveAttribute("aria-pressed", "true");
    await expect(thread.upvote(comment)).toHaveAccessibleName("Upvote 1");
    await voted;
    await page.reload();
    await expect(thread.upvote(comment)).toHaveAttribute("aria-pressed", "true");
    await thread.downvote(comment).click();
    await expect(thread.downvote(comment)).toHaveAccessibleName("Downvote 1");
    await expect(thread.upvote(comment)).toHaveAccessibleName("Upvote 0");
    await thread.downvote(comment).click();
    await expect(thread.downvote(comment)).toHaveAttribute("aria-pressed", "false");
    await expect(thread.downvote(comment)).toHaveAccessibleName("Downvote 0");
  });

  test("[comments] cannot vote on or report their own comment", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 1, topLevel: 1 });
    await signInAs(context, world.users[0]!, baseURL!);
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    const own = thread.comment("Top-level comment number 1");
    await expect(own).toBeVisible();
    await expect(thread.upvote(own)).toHaveCount(0);
    await expect(own.locator("summary", { hasText: "Report" })).toHaveCount(0);
  });

  test("[comments] reports a comment with a reason", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 2, topLevel: 1 });
    await signInAs(context, world.users[1]!, baseURL!);
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    const comment = thread.comment("Top-level comment number 1");
    await comment.locator("summary", { hasText: "Report" }).click();
    await comment.getByLabel("Something else", { exact: true }).check();
    await comment.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByText("Tell the moderators what is wrong.")).toBeVisible();
    await comment.getByLabel("Abuse or harassment").check();
    await comment.getByRole("button", { name: "Send report" }).click();
    await expect(comment.getByText("Thanks. The moderators will take a look.")).toBeVisible();
  });

  test("[comments] hostile markup is shown as text and never runs", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 1 });
    await signInAs(context, world.users[0]!, baseURL!);
    page.on("dialog", () => {
      throw new Error("a script ran");
    });
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    await thread.section.getByLabel(/^Comment as/).fill('<img src=x onerror=alert(1)> [click](javascript:alert(2)) <script>alert(3)</script>');
    await thread.section.getByRole("button", { name: "Post comment" }).click();
    const posted = thread.section.getByRole("article").filter({ hasText: "<img src=x onerror=alert(1)>" });
    await expect(posted).toBeVisible();
    await expect(posted.locator("img, script, a[href^='javascript']")).toHaveCount(0);
  });

  test("[comments] an empty comment is refused with a clear message", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 1 });
    await signInAs(context, world.users[0]!, baseURL!);
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    await thread.section.getByLabel(/^Comment as/).fill("    ");
    await thread.section.getByRole("button", { name: "Post comment" }).click();
    await expect(thread.section.getByText("Write a comment first: it can't be empty.")).toBeVisible();
    await expect(thread.section.getByRole("article")).toHaveCount(0);
  });

  test("[comments] posts with the keyboard alone", async ({ page, context, baseURL }) => {
    const world = seedWorld({ users: 1 });
    await signInAs(context, world.users[0]!, baseURL!);
    const thread = new ThreadPage(page);
    await thread.goto(world.slug);
    const box = thread.section.getByLabel(/^Comment as/);
    await box.focus();
    await page.keyboard.type("Typed without a mouse");
    await page.keyboard.press("Tab");
    await expect(thread.section.getByRole("button", { name: "Post comment" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(thread.comment("Typed without a mouse")).toBeFocused();
  });
});

test("[comments] changing the sort is kept in the URL", async ({ page }) => {
  const world = seedWorld({ users: 2, topLevel: 3 });
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);
  await page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Oldest" }).click();
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(thread.topLevelTexts).toHaveText(["Top-level comment number 1", "Top-level comment number 2", "Top-level comment number 3"]);
  await page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Newest" }).click();
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "true");
  await expect(thread.topLevelTexts).toHaveText(["Top-level comment number 3", "Top-level comment number 2", "Top-level comment number 1"]);
});

test("[comments] load more comments appends the next page", async ({ page }) => {
  const world = seedWorld({ users: 3, topLevel: 24 });
  const thread = new ThreadPage(page);
  await thread.goto(world.slug, "?sort=oldest");
  await expect(thread.topLevelTexts).toHaveCount(20);
  await page.getByRole("link", { name: "Load more comments" }).click();
  await expect(thread.topLevelTexts).toHaveCount(24);
  const texts = await thread.topLevelTexts.allTextContents();
  expect(texts.at(-1)).toBe("Top-level comment number 24");
  expect(new Set(texts).size).toBe(24);
  await expect(page.getByRole("link", { name: "Load more comments" })).toHaveCount(0);
});

test("[comments] show more replies reveals the rest of a conversation", async ({ page }) => {
  const world = seedWorld({ users: 2, topLevel: 1, replyChain: 5, chainUnder: 0 });
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);
  await expect(thread.comment("Reply at level 3")).toBeVisible();
  await expect(thread.comment("Reply at level 4")).toHaveCount(0);
  await page.getByRole("link", { name: "Show 2 more replies" }).click();
  await expect(thread.comment("Reply at level 5")).toBeVisible();
  await expect(thread.comment("Reply at level 5")).toHaveClass(/comment--depth-5/);
});

test("[comments] a permalink opens a deep comment that is not on the first page, highlighted", async ({ page }) => {
  const world = seedWorld({ users: 3, topLevel: 22, replyChain: 7, chainUnder: 0 });
  const deepest = world.chainIds.at(-1)!;
  const thread = new ThreadPage(page);
  await thread.goto(world.slug, `?sort=newest&comment=${deepest}#comment-${deepest}`);
  const target = page.locator(`#comment-${deepest}`);
  await expect(target).toBeVisible();
  await expect(target).toHaveClass(/comment--highlight/);
  await expect(target).toContainText("Reply at level 7");
  await expect(target).toContainText(/replying to @Person/);
  await expect(thread.comment("Top-level comment number 1")).toBeVisible();
  await expect(page.getByRole("link", { name: "View all comments" })).toBeVisible();
});

test("[comments] signed out, a thread is readable and offers sign-in", async ({ page }) => {
  const world = seedWorld({ users: 2, topLevel: 2 });
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);
  await expect(thread.heading).toHaveText("Comments (2)");
  await expect(page.getByRole("link", { name: "Sign in to comment" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(`/articles/${world.slug}#comments`)}`);
  await expect(thread.section.getByRole("button", { name: /^Upvote/ })).toHaveCount(0);
});

test("[comments] an article page with a thread has no serious accessibility violations", async ({ page, context, baseURL }) => {
  const world = seedWorld({ users: 2, topLevel: 3, replyChain: 2, chainUnder: 0 });
  await signInAs(context, world.users[1]!, baseURL!);
  await new ThreadPage(page).goto(world.slug);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
