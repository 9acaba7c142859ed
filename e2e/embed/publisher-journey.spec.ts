import { expect, test, type BrowserContext } from "@playwright/test";
import { baseURL, launchOptions } from "../../playwright.config";
import { publisherToken, seedEmbedSite, type SeededSite } from "../support/embed-site";
import { signInAs } from "../support/session";
import { seedWorld } from "../support/seed-world";
import { ownClientIp } from "../support/sign-in";

// The whole publisher's path, as a publisher sets it up: their page on another origin (fulfilled
// by Playwright) pastes the snippet with the real embed.js and count.js, signs its reader in
// through SSO, and Parley's moderators find the comment in their queue under that site.
// Third-party cookies are blocked, as Chrome is moving to.
const PUBLISHER = `http://127.0.0.1:${Number(new URL(baseURL).port) + 5}`;

test.use({ ...ownClientIp, permissions: ["local-network-access"], launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), "--test-third-party-cookie-phaseout"] } });

function publisherPage(site: SeededSite, { sso }: { sso?: string } = {}): string {
  const ssoAttribute = sso ? ` data-sso="${sso}"` : "";
  return `<!doctype html><html lang="en"><title>Harbour Times</title>
<h1>Harbour Times</h1>
<ul><li><a href="/story-1">Ferry timetable changes</a> <span data-parley-count data-site="${site.publicId}" data-key="story-1"></span></li></ul>
<article><h2>Ferry timetable changes</h2><p>The winter timetable starts on Monday.</p></article>
<div data-parley-thread data-site="${site.publicId}" data-key="story-1" data-url="${PUBLISHER}/story-1" data-title="Ferry timetable changes"${ssoAttribute}></div>
<script src="${baseURL}/embed.js" async></script>
<script src="${baseURL}/count.js" async></script>
</html>`;
}

async function servePublisher(context: BrowserContext, html: () => string): Promise<void> {
  await context.route(`${PUBLISHER}/**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html() }));
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCookieControls" as never, { enableThirdPartyCookieRestriction: true, disableThirdPartyCookieMetadata: true, disableThirdPartyCookieHeuristics: true } as never);
}

test("[embed] a publisher's reader signs in through SSO and posts; moderators see it under the site; count.js counts it", async ({ browser, page, context }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  const token = await publisherToken(site, { sub: "harbour-reader-7", name: "Ines Harbour" });
  await servePublisher(context, () => publisherPage(site, { sso: token }));
  await page.goto(`${PUBLISHER}/story-1`);

  const thread = page.frameLocator('iframe[title="Comments"]');
  await expect(thread.getByText("Signed in as Ines Harbour")).toBeVisible();
  await thread.getByLabel("Comment as Ines Harbour").fill("The Monday ferry now leaves at 7:40.");
  await thread.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.locator(".comment").filter({ hasText: "The Monday ferry now leaves at 7:40." })).toBeVisible();
  // The iframe grew to show it: the loader applied the size the iframe posted.
  await expect.poll(async () => (await page.locator('iframe[title="Comments"]').boundingBox())?.height ?? 0).toBeGreaterThan(250);

  // Another reader's browser (no cached count) sees the count on the publisher's list.
  const readerContext = await browser.newContext({ permissions: ["local-network-access"] });
  await servePublisher(readerContext, () => publisherPage(site));
  const readerPage = await readerContext.newPage();
  await readerPage.goto(`${PUBLISHER}/`);
  await expect(readerPage.locator("[data-parley-count]")).toHaveText("1 comment");
  await expect(readerPage.frameLocator('iframe[title="Comments"]').getByText("The Monday ferry now leaves at 7:40.")).toBeVisible();
  await readerContext.close();

  // Parley's moderators find it in the queue, under the publisher's site and page.
  const [moderator] = seedWorld({ users: 0, moderators: 1 }).moderators;
  const moderatorContext = await browser.newContext();
  await signInAs(moderatorContext, moderator!, baseURL);
  const queue = await moderatorContext.newPage();
  await queue.goto(`${baseURL}/moderate?queue=all&site=${site.publicId}`);
  const entry = queue.locator("article[data-queue-entry]").filter({ hasText: "The Monday ferry now leaves at 7:40." }).first();
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(`on ${site.name}`);
  await expect(entry.getByRole("link", { name: "Ferry timetable changes" })).toHaveAttribute("href", `${PUBLISHER}/story-1`);
  await moderatorContext.close();
});

test("[embed] a token used once does not sign in another browser, and says why; the frame it signed in stays signed in", async ({ page, context }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  const token = await publisherToken(site, { name: "Once Only" });
  await servePublisher(context, () => publisherPage(site, { sso: token }));
  await page.goto(`${PUBLISHER}/story-1`);
  const thread = page.frameLocator('iframe[title="Comments"]');
  await expect(thread.getByText("Signed in as Once Only")).toBeVisible();

  // The same page again (a reload, a cached copy): its spent token changes nothing; still signed in.
  await page.reload();
  await expect(thread.getByText("Signed in as Once Only")).toBeVisible();
  await expect(thread.getByText(/already used/)).toHaveCount(0);

  // The same token again, from a browser that has no session yet: refused, the thread still shows.
  const other = await page.context().browser()!.newContext({ permissions: ["local-network-access"] });
  await servePublisher(other, () => publisherPage(site, { sso: token }));
  const otherPage = await other.newPage();
  await otherPage.goto(`${PUBLISHER}/story-1`);
  const otherThread = otherPage.frameLocator('iframe[title="Comments"]');
  await expect(otherThread.getByText(/already used/)).toBeVisible();
  await expect(otherThread.getByText("Signed in as Once Only")).toHaveCount(0);
  await expect(otherThread.getByRole("link", { name: "Sign in to comment" })).toBeVisible();
  await other.close();
});
