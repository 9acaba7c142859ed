import { type BrowserContext, type Page, expect, test } from "@playwright/test";
import { type EmbedWorld, seedEmbed } from "../support/seed-embed";
import { signInAs } from "../support/session";
import { PUBLISHER, embedUrl } from "./publisher";

// Every write through the iframe's forms with its script on: the thread is swapped in place (the
// page is never reloaded), the open form closes, focus lands where the reader acted, and what
// was written is what a fresh load shows. The reader is signed in on Parley's own origin and
// opens the iframe's page top-level, as the other signed-in embed specs do.

const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere);
/** The thread's page, top-level, for `world.users[reader]` signed in. */
async function openAs(page: Page, context: BrowserContext, baseURL: string, world: EmbedWorld, reader: number) {
  await signInAs(context, world.users[reader]!, baseURL);
  await page.goto(embedUrl(baseURL, { site: world.sitePublicId, key: world.pageKey }));
}
const summary = (scope: ReturnType<Page["locator"]>, text: string) => scope.locator("summary", { hasText: new RegExp(`^${text}$`) });

test("[embed] with its script a reader replies in place, and the reply form closes", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 2 });
  await openAs(page, context, baseURL!, world, 1);
  await markPage(page);
  const parent = page.locator(`#comment-${world.topLevelIds[0]}`);
  await summary(parent, "Reply").click();
  await parent.getByLabel(`Reply to ${world.users[0]!.name}`).fill("A reply, **swapped** in");
  await parent.getByRole("button", { name: "Post reply" }).click();

  await expect(page.locator("[data-parley-message]")).toHaveText("Your comment is posted.");
  const reply = page.locator(".reply-list .comment", { hasText: "A reply, swapped in" });
  await expect(reply.locator("strong")).toHaveText("swapped");
  await expect(reply).toBeFocused();
  await expect(page.locator("details[open]")).toHaveCount(0);
  expect(await stillSamePage(page)).toBe(true);
  await page.reload();
  await expect(page.locator(".reply-list .comment", { hasText: "A reply, swapped in" })).toHaveCount(1);
});

test("[embed] with its script a reader edits and then deletes their own comment in place", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  await openAs(page, context, baseURL!, world, 0);
  await page.getByLabel(`Comment as ${world.users[0]!.name}`).fill("First draft");
  await page.getByRole("button", { name: "Post comment" }).click();
  const mine = page.locator(".comment", { hasText: "First draft" });
  await expect(mine).toBeFocused();
  const id = await mine.getAttribute("id");
  await markPage(page);

  await summary(mine, "Edit").click();
  await mine.getByLabel("Edit your comment").fill("Second thoughts");
  await mine.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("[data-parley-message]")).toHaveText("Saved.");
  const edited = page.locator(`#${id}`);
  await expect(edited.locator(".comment__text")).toHaveText("Second thoughts");
  await expect(edited.locator(".comment__edited")).toHaveText("(edited)");
  await expect(edited).toBeFocused();
  await expect(page.locator("details[open]")).toHaveCount(0);

  await summary(edited, "Delete").click();
  await edited.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator("[data-parley-message]")).toHaveText("Deleted.");
  await expect(page.locator(`#${id}`)).toHaveCount(0);
  await expect(page.locator("[data-parley-message]")).toBeFocused();
  expect(await stillSamePage(page)).toBe(true);
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey }));
  await expect(page.locator(`#comment-${world.topLevelIds[0]}`)).toBeVisible();
  await expect(page.getByText("Second thoughts")).toHaveCount(0);
});

test("[embed] with its script a reader votes and reports in place, focus staying on what they used", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  await openAs(page, context, baseURL!, world, 1);
  await markPage(page);
  const comment = page.locator(`#comment-${world.topLevelIds[0]}`);
  await comment.getByRole("button", { name: /Upvote/ }).click();
  await expect(page.locator("[data-parley-message]")).toHaveText("Vote counted.");
  const upvote = page.locator(`#comment-${world.topLevelIds[0]}`).getByRole("button", { name: /Upvote/ });
  await expect(upvote).toHaveAttribute("aria-pressed", "true");
  await expect(upvote).toHaveAccessibleName("Upvote 1");
  await expect(upvote).toBeFocused();

  await summary(comment, "Report").click();
  await comment.getByLabel("Off-topic").check();
  await comment.getByRole("button", { name: "Send report" }).click();
  await expect(page.locator("[data-parley-message]")).toHaveText("Thanks. The moderators will take a look.");
  await expect(page.locator(`#comment-${world.topLevelIds[0]}`)).toBeFocused();
  await expect(page.locator("details[open]")).toHaveCount(0);
  expect(await stillSamePage(page)).toBe(true);
  await page.reload();
  await expect(page.locator(`#comment-${world.topLevelIds[0]}`).getByRole("button", { name: /Upvote/ })).toHaveAttribute("aria-pressed", "true");
});

test("[embed] with its script a refused write keeps the form and what the reader wrote", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  await openAs(page, context, baseURL!, world, 1);
  await markPage(page);
  // The session ends before the reader sends: the write is refused, nothing they typed is lost.
  await context.clearCookies();
  const field = page.getByLabel(`Comment as ${world.users[1]!.name}`);
  await field.fill("Words worth keeping");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.locator(".comment-form [role=alert]")).toHaveText("Sign in to take part.");
  await expect(field).toHaveValue("Words worth keeping");
  await expect(field).toBeFocused();
  expect(await stillSamePage(page)).toBe(true);
  await page.reload();
  await expect(page.getByText("Words worth keeping")).toHaveCount(0);
});
