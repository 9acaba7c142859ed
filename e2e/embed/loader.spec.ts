import { type BrowserContext, type Frame, type Page, expect, test } from "@playwright/test";
import { PUBLISHER, servePublisherPage } from "./publisher-page";
import { seedEmbedSite } from "./seed-embed-site";

// The loader on a publisher's page (another origin than Parley's). The thread page inside the
// frames is a stand-in that records the messages it gets and says when it is ready, so these
// tests hold the loader to the protocol of contracts.md, whatever the thread shows.
const STAND_IN_THREAD = `<!doctype html><title>thread</title><script>
  window.got = [];
  addEventListener("message", (e) => got.push({ origin: e.origin, data: e.data, fromParent: e.source === parent }));
  const q = new URLSearchParams(location.search);
  parent.postMessage({ test: "ready", frame: q.get("frame") }, q.get("origin"));
</script>`;

async function standInThread(context: BrowserContext, baseURL: string) {
  await context.route(
    (url) => url.href.startsWith(`${baseURL}/embed/thread?`),
    (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: STAND_IN_THREAD }),
  );
}

// Everything the page's window hears, in order, so a test can tell a message was dispatched.
const RECORD_MESSAGES = `<script>window.seen = []; addEventListener("message", (e) => seen.push(e.data));</script>`;

const params = async (page: Page, index: number) => new URL((await page.locator("iframe").nth(index).getAttribute("src"))!);

async function frameNumbered(page: Page, n: number): Promise<Frame> {
  await expect.poll(() => page.evaluate((n) => (window as unknown as { seen: { test?: string; frame?: string }[] }).seen.some((m) => m.test === "ready" && m.frame === n), String(n))).toBe(true);
  return page.frames().find((f) => f.url().includes("/embed/thread?") && new URL(f.url()).searchParams.get("frame") === String(n))!;
}

const heard = (page: Page, height: number) =>
  page.evaluate((height) => (window as unknown as { seen: { height?: number }[] }).seen.some((m) => m.height === height), height);

test.describe("embed.js on a publisher's page", () => {
  test("[embed] frames every thread on the page with the snippet's options, the canonical URL as key, and later ones too", async ({ page, context, baseURL }) => {
    await standInThread(context, baseURL!);
    const url = await servePublisherPage(
      context,
      "/news/harbour",
      `<!doctype html><html lang="en"><head><title>The Daily Example: Harbour</title><link rel="canonical" href="/news/harbour?ref=home#top"></head><body>
      ${RECORD_MESSAGES}
      <div data-parley-thread data-site="site-one" data-key="story-1" data-url="https://daily.example/story-1" data-title="Story one"
        data-theme="dark" data-accent="#aa3300" data-sort="newest" data-lang="de"><noscript><a href="${baseURL}/embed/thread?site=site-one&amp;key=story-1">Comments</a></noscript></div>
      <div data-parley-thread data-site="site-one"></div>
      <script src="${baseURL}/embed.js" async></script></body></html>`,
    );
    await page.goto(`${url}?utm_source=mail#top`);
    const frames = page.locator("iframe");
    await expect(frames).toHaveCount(2);

    const first = await params(page, 0);
    expect(`${first.origin}${first.pathname}`).toBe(`${baseURL}/embed/thread`);
    expect(Object.fromEntries(first.searchParams)).toEqual({
      site: "site-one",
      key: "story-1",
      url: "https://daily.example/story-1",
      title: "Story one",
      theme: "dark",
      accent: "#aa3300",
      sort: "newest",
      lang: "de",
      origin: PUBLISHER,
      frame: "0",
    });
    expect(Object.fromEntries((await params(page, 1)).searchParams)).toEqual({
      site: "site-one",
      key: `${PUBLISHER}/news/harbour`,
      url: `${PUBLISHER}/news/harbour`,
      title: "The Daily Example: Harbour",
      origin: PUBLISHER,
      frame: "1",
    });
    await expect(frames.nth(0)).toHaveAttribute("title", "Comments");
    await expect(frames.nth(0)).toHaveAttribute("loading", "eager");
    await expect(frames.nth(1)).toHaveAttribute("loading", "lazy");
    await expect(frames.nth(0)).toHaveCSS("height", "200px");

    await page.evaluate(() => {
      const late = document.createElement("div");
      late.dataset.parleyThread = "";
      late.dataset.site = "site-two";
      late.dataset.key = "late";
      document.body.append(late);
    });
    await expect(frames).toHaveCount(3);
    expect((await params(page, 2)).searchParams.get("frame")).toBe("2");
  });

  test("[embed] only Parley, from inside the frame named, resizes it; permalinks reach the frames at Parley's origin only", async ({ page, context, baseURL }) => {
    await standInThread(context, baseURL!);
    await context.route(
      (url) => url.origin === "http://127.0.0.1:3263",
      (route) => route.fulfill({ contentType: "text/html", body: `<script>window.got = []; addEventListener("message", (e) => got.push(e.data)); parent.postMessage({ parley: "resize", frame: 0, height: 333 }, "*");</script>` }),
    );
    const url = await servePublisherPage(
      context,
      "/news/two-threads",
      `<!doctype html><title>Two threads</title>${RECORD_MESSAGES}
      <div data-parley-thread data-site="s" data-key="a"></div><div data-parley-thread data-site="s" data-key="b"></div>
      <script src="${baseURL}/embed.js" async></script>`,
    );
    await page.goto(`${url}#parley-comment-17`);
    expect((await params(page, 0)).searchParams.get("comment")).toBe("17");
    expect((await params(page, 1)).searchParams.get("comment")).toBe("17");
    const [frame0, frame1] = [await frameNumbered(page, 0), await frameNumbered(page, 1)];
    const iframes = page.locator("iframe");

    await frame0.evaluate(() => parent.postMessage({ parley: "resize", frame: 0, height: 640 }, new URLSearchParams(location.search).get("origin")!));
    await expect(iframes.nth(0)).toHaveCSS("height", "640px");

    // The publisher's own page, and Parley's other frame, naming frame 0: both ignored.
    await page.evaluate(() => postMessage({ parley: "resize", frame: 0, height: 111 }, "*"));
    await frame1.evaluate(() => parent.postMessage({ parley: "resize", frame: 0, height: 222 }, new URLSearchParams(location.search).get("origin")!));
    await expect.poll(async () => (await heard(page, 111)) && (await heard(page, 222))).toBe(true);
    await expect(iframes.nth(0)).toHaveCSS("height", "640px");
    await expect(iframes.nth(1)).toHaveCSS("height", "200px");

    await page.evaluate(() => (location.hash = "#parley-comment-42"));
    const highlight = { origin: PUBLISHER, data: { parley: "highlight", comment: "42" }, fromParent: true };
    await expect.poll(() => frame0.evaluate(() => (window as unknown as { got: unknown[] }).got)).toContainEqual(highlight);
    await expect.poll(() => frame1.evaluate(() => (window as unknown as { got: unknown[] }).got)).toContainEqual(highlight);

    // Frame 0 navigated away to another origin: its window is still frame 0's, but not Parley.
    await frame0.evaluate(() => setTimeout(() => location.assign("http://127.0.0.1:3263/elsewhere")));
    await expect.poll(() => heard(page, 333)).toBe(true);
    await expect(iframes.nth(0)).toHaveCSS("height", "640px");
    await page.evaluate(() => (location.hash = "#parley-comment-43"));
    await expect.poll(() => frame1.evaluate(() => JSON.stringify((window as unknown as { got: unknown[] }).got))).toContain('"comment":"43"');
    const elsewhere = page.frames().find((f) => f.url().startsWith("http://127.0.0.1:3263/"))!;
    expect(JSON.stringify(await elsewhere.evaluate(() => (window as unknown as { got: unknown[] }).got))).not.toContain("highlight");
  });
});

test.describe("count.js on a publisher's page", () => {
  test("[embed] fills every count from one request per site, pluralised in the element's or the page's language", async ({ page, context, baseURL }) => {
    const one = seedEmbedSite({
      allowedOrigins: [PUBLISHER],
      pages: [
        { key: "story-1", comments: 3 },
        { key: "story-2", comments: 1 },
        { key: "s3", url: `${PUBLISHER}/news/three`, comments: 2 },
      ],
    });
    const two = seedEmbedSite({ allowedOrigins: [PUBLISHER], pages: [{ key: "story-1", comments: 1 }] });
    const count = (id: string, site: string, attrs: string) => `<li><span id="${id}" data-parley-count data-site="${site}" ${attrs}>…</span></li>`;
    const url = await servePublisherPage(
      context,
      "/",
      `<!doctype html><html lang="fr"><title>Articles</title><ul>
      ${count("en-3", one.publicId, 'data-key="story-1" data-lang="en"')}
      ${count("fr-3", one.publicId, 'data-key="story-1"')}
      ${count("de-1", one.publicId, 'data-key="story-2" data-lang="de"')}
      ${count("en-1", one.publicId, 'data-key="story-2" data-lang="en-GB"')}
      ${count("unknown-1", one.publicId, 'data-key="story-2" data-lang="xx"')}
      ${count("es-2", one.publicId, `data-url="${PUBLISHER}/news/three" data-lang="es"`)}
      ${count("fr-0", one.publicId, 'data-key="never-viewed"')}
      ${count("other-site", two.publicId, 'data-key="story-1"')}
      </ul><script src="${baseURL}/count.js" async></script></html>`,
    );
    const requests: URL[] = [];
    page.on("request", (r) => r.url().includes("/api/embed/counts") && requests.push(new URL(r.url())));
    await page.goto(url);

    const expected = {
      "en-3": "3 comments",
      "fr-3": "3 commentaires",
      "de-1": "1 Kommentar",
      "en-1": "1 comment",
      "unknown-1": "1 comment",
      "es-2": "2 comentarios",
      "fr-0": "0 commentaire",
      "other-site": "1 commentaire",
    };
    for (const [id, text] of Object.entries(expected)) await expect(page.locator(`#${id}`)).toHaveText(text);
    expect(requests.map((u) => u.searchParams.get("site")).sort()).toEqual([one.publicId, two.publicId].sort());
    const first = requests.find((u) => u.searchParams.get("site") === one.publicId)!;
    expect(first.searchParams.getAll("key").sort()).toEqual(["never-viewed", "story-1", "story-2"]);
    expect(first.searchParams.getAll("url")).toEqual([`${PUBLISHER}/news/three`]);
  });

  test("[embed] the counts API is public and cacheable for a minute, and refuses unknown sites and oversized batches clearly", async ({ request }) => {
    const site = seedEmbedSite({ allowedOrigins: [PUBLISHER], pages: [{ key: "k", comments: 2 }] });
    const ok = await request.get(`/api/embed/counts?site=${site.publicId}&key=k&key=missing`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()["access-control-allow-origin"]).toBe("*");
    expect(ok.headers()["cache-control"]).toBe("public, max-age=60");
    expect(await ok.json()).toEqual({ counts: { k: 2, missing: 0 } });

    const unknown = await request.get("/api/embed/counts?site=no-such-site&key=k");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.message).toContain("No site has that id");

    const keys = Array.from({ length: 51 }, (_, i) => `key=k${i}`).join("&");
    const tooMany = await request.get(`/api/embed/counts?site=${site.publicId}&${keys}`);
    expect(tooMany.status()).toBe(400);
    expect((await tooMany.json()).error.message).toContain("at most 50 keys and urls");
  });
});
