import { expect, test } from "@playwright/test";
import { seedEmbed } from "../support/seed-embed";
import { signInAs } from "../support/session";
import { PUBLISHER, embedUrl, servePublisherPage } from "./publisher";

test("[embed] without JavaScript the iframe reads, sorts and loads more through links", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 22, users: 3 });
  const src = embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, origin: PUBLISHER, extra: { sort: "oldest" } });
  await page.goto(await servePublisherPage(context, PUBLISHER, src));
  const frame = page.frameLocator("#parley");
  const texts = frame.locator(".comment-list > li > .comment .comment__text");
  await expect(texts).toHaveCount(20);
  await expect(texts.first()).toHaveText("Embedded comment number 1");

  await frame.getByRole("link", { name: "Load more comments" }).click();
  await expect(texts).toHaveText(["Embedded comment number 21", "Embedded comment number 22"]);

  await frame.getByRole("link", { name: "Newest" }).click();
  await expect(texts.first()).toHaveText("Embedded comment number 22");
  await expect(frame.getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "true");
});

test("[embed] without JavaScript a signed-in reader posts with the plain form", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  await signInAs(context, world.users[1]!, baseURL!);
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey }));
  await page.getByLabel(`Comment as ${world.users[1]!.name}`).fill("Posted with scripts off");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page).toHaveURL(/comment=\d+&notice=posted#comment-\d+$/);
  await expect(page.getByText("Your comment is posted.")).toBeVisible();
  await expect(page.locator(".comment", { hasText: "Posted with scripts off" })).toHaveClass(/comment--highlight/);
});

test("[embed] without JavaScript a signed-in reader replies through the comment's disclosure", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 2 });
  const [first] = world.users;
  await signInAs(context, world.users[1]!, baseURL!);
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey }));
  const parent = page.locator(`#comment-${world.topLevelIds[0]}`);
  await parent.locator("summary", { hasText: /^Reply$/ }).click();
  await parent.getByLabel(`Reply to ${first!.name}`).fill("A reply with scripts off");
  await parent.getByRole("button", { name: "Post reply" }).click();
  await expect(page).toHaveURL(/comment=\d+&notice=posted#comment-\d+$/);
  await expect(page.getByText("Your comment is posted.")).toBeVisible();
  const reply = page.locator(".reply-list .comment", { hasText: "A reply with scripts off" });
  await expect(reply).toHaveClass(/comment--highlight/);
  await expect(page.locator(`#comment-${world.topLevelIds[0]}`)).toContainText("Embedded comment number 1");
});

test("[embed] without JavaScript, signing in from the iframe leads to the same thread on Parley, where the reader comments", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  const reader = world.users[1]!;
  await page.goto(await servePublisherPage(context, PUBLISHER, embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, origin: PUBLISHER })));
  const signIn = page.frameLocator("#parley").getByRole("link", { name: "Sign in to comment" });
  const href = await signIn.getAttribute("href");
  // The link opens a tab on Parley; that tab signs in (here: an Auth.js session) and lands on the hand-off page.
  await signInAs(context, reader, baseURL!);
  const tab = await context.newPage();
  await tab.goto(new URL(href!, baseURL).href);
  await expect(tab.getByRole("heading", { name: `Signed in as ${reader.name}` })).toBeVisible();
  await tab.getByRole("link", { name: "continue to it here on Parley" }).click();
  await expect(tab).toHaveURL(new RegExp(`/embed/thread\\?site=${world.sitePublicId}&key=${world.pageKey}`));
  await tab.getByLabel(`Comment as ${reader.name}`).fill("Posted from the thread on Parley");
  await tab.getByRole("button", { name: "Post comment" }).click();
  await expect(tab.locator(".comment", { hasText: "Posted from the thread on Parley" })).toBeVisible();
});
