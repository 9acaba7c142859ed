import { expect, test } from "@playwright/test";
import { seedEmbed } from "../support/seed-embed";
import { signInAs } from "../support/session";
import { OTHER_PUBLISHER, PUBLISHER, embedUrl, servePublisherPage } from "./publisher";

type Message = { origin: string; data: { parley?: string; frame?: number; height?: number } };

test("[embed] a page on an allowed origin shows the thread, sized by the iframe's messages", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 3 });
  const src = embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, origin: PUBLISHER });
  const embedResponse = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/embed/thread`));
  await page.goto(await servePublisherPage(context, PUBLISHER, src));

  const response = await embedResponse;
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain(`frame-ancestors ${PUBLISHER}`);
  expect(headers["x-frame-options"]).toBeUndefined();
  expect(headers["referrer-policy"]).toBe("no-referrer");

  const frame = page.frameLocator("#parley");
  await expect(frame.getByText("Embedded comment number 3")).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { parleyMessages: Message[] }).parleyMessages.filter((m) => m.data?.parley === "resize")))
    .toContainEqual({ origin: baseURL, data: { parley: "resize", frame: 0, height: expect.any(Number) } });
  const [resize] = await page.evaluate(() => (window as unknown as { parleyMessages: Message[] }).parleyMessages.filter((m) => m.data?.parley === "resize"));
  expect(resize!.data.height).toBeGreaterThan(100);
});

test("[embed] the page asks the iframe to highlight a comment, and only the page is heard", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 2 });
  const src = embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, origin: PUBLISHER });
  await page.goto(await servePublisherPage(context, PUBLISHER, src));
  const comment = page.frameLocator("#parley").locator(`#comment-${world.topLevelIds[0]}`);
  await expect(comment).toBeVisible();

  // The same message with the wrong target origin never arrives; with Parley's origin it does.
  const send = (target: string) =>
    page.evaluate(([id, t]) => (document.getElementById("parley") as HTMLIFrameElement).contentWindow!.postMessage({ parley: "highlight", comment: id }, t!), [world.topLevelIds[0], target] as const);
  await send(PUBLISHER);
  await send(baseURL!);
  await expect(comment).toHaveClass(/comment--highlight/);
});

test("[embed] a page on an origin the site does not allow gets a refusal, never the thread", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [OTHER_PUBLISHER], topLevel: 2 });
  const src = embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, origin: PUBLISHER });
  const embedResponse = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/embed/thread`));
  await page.goto(await servePublisherPage(context, PUBLISHER, src));
  expect((await embedResponse).status()).toBe(403);

  const frame = page.frameLocator("#parley");
  await expect(frame.getByText("This page's address isn't allowed to show these comments")).toBeVisible();
  await expect(frame.getByText("Embedded comment number 1")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { parleyMessages: Message[] }).parleyMessages)).toEqual([]);
});

test("[embed] a page naming an allowed origin it is not on gets no thread", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [OTHER_PUBLISHER], topLevel: 1 });
  const src = embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, origin: OTHER_PUBLISHER });
  const embedResponse = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/embed/thread`));
  await page.goto(await servePublisherPage(context, PUBLISHER, src));
  // Its Referer gives it away; were there none, frame-ancestors would still keep the thread out.
  expect((await embedResponse).status()).toBe(403);
  await expect(page.frameLocator("#parley").getByText("Embedded comment number 1")).toHaveCount(0);
});

test("[embed] an unknown site and a malformed address get refusals", async ({ request, baseURL }) => {
  const unknown = await request.get(embedUrl(baseURL!, { site: "no-such-site", key: "k", origin: PUBLISHER }));
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain("No such site");
  const malformed = await request.get(`${baseURL}/embed/thread?site=x&url=javascript:alert(1)`);
  expect(malformed.status()).toBe(400);
});

test("[embed] only a page on an allowed origin creates a page's thread", async ({ request, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER] });
  const fresh = { site: world.sitePublicId, key: "a-new-page", extra: { url: `${PUBLISHER}/a-new-page`, title: "A new page" } };
  // Opened on its own (the snippet's <noscript> link): shown empty, not created.
  const unframed = await request.get(embedUrl(baseURL!, fresh));
  expect(unframed.status()).toBe(200);
  const unframedHtml = await unframed.text();
  expect(unframedHtml).toContain("No comments yet...");
  expect(unframedHtml).not.toContain('id="comments-heading"');
  const again = await request.get(embedUrl(baseURL!, fresh));
  expect(await again.text()).not.toContain('id="comments-heading"');
  // From the page itself: created, with an empty thread to post in.
  const framed = await request.get(embedUrl(baseURL!, { ...fresh, origin: PUBLISHER }), { headers: { Referer: `${PUBLISHER}/` } });
  expect(framed.status()).toBe(200);
  const framedHtml = await framed.text();
  expect(framedHtml).toContain('<h2 id="comments-heading">Comments</h2>');
  expect(framedHtml).toContain("No comments yet...");
  expect(await (await request.get(embedUrl(baseURL!, fresh))).text()).toContain('id="comments-heading"');
});

test("[embed] a signed-in reader posts through the iframe's form", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  // Until the embed session lands, the reader is signed in on Parley's own origin (the page opened top-level).
  await signInAs(context, world.users[0]!, baseURL!);
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey }));
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByLabel(`Comment as ${world.users[0]!.name}`).fill("Posted from the *embed*");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Your comment is posted.")).toBeVisible();
  await expect(page.locator(".comment", { hasText: "Posted from the embed" }).locator("em")).toHaveText("embed");
  // The script swapped the thread in place (the page was not reloaded) and kept the address in step.
  await expect(page).toHaveURL(/comment=\d+&notice=posted$/);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  // Focus lands on the new comment, and the empty form is back for the next one.
  await expect(page.locator(".comment", { hasText: "Posted from the embed" })).toBeFocused();
  await expect(page.getByLabel(`Comment as ${world.users[0]!.name}`)).toHaveValue("");
});

test("[embed] the write routes take forms from Parley's own pages only", async ({ request, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  const form = { threadId: String(world.threadId), body: "Forged", return: `/embed/thread?site=${world.sitePublicId}&key=${world.pageKey}` };
  const forged = await request.post(`${baseURL}/embed/actions/post`, { form, headers: { Origin: PUBLISHER }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  const nullOrigin = await request.post(`${baseURL}/embed/actions/post`, { form, headers: { Origin: "null", "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(nullOrigin.status()).toBe(403);
  const unknown = await request.post(`${baseURL}/embed/actions/shout`, { form, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  const json = await request.post(`${baseURL}/embed/actions/post`, { data: form, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect([400, 415]).toContain(json.status());

  // From our own origin, signed out: back to the thread with the reason as a code.
  const signedOut = await request.post(`${baseURL}/embed/actions/post`, { form, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers()["location"]).toBe(`/embed/thread?site=${world.sitePublicId}&key=${world.pageKey}&error=unauthorized`);
  const elsewhere = await request.post(`${baseURL}/embed/actions/vote`, {
    form: { commentId: String(world.topLevelIds[0]), direction: "up", return: "https://evil.example/embed/thread?site=x" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(elsewhere.headers()["location"]).toBe(`/embed/thread?site=${world.sitePublicId}&key=${world.pageKey}&error=unauthorized`);
});
