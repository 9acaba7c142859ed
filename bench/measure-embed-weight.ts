import { type Request, chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

export type Transfer = { kind: string; path: string; status: number; encoding: string; bodyBytes: number; headerBytes: number };
export type EmbedWeight = { transfers: Transfer[]; byKind: Record<string, number>; bodyBytes: number; withHeadersBytes: number; commentsShown: number; resized: boolean };

/**
 * Opens the publisher's page in a fresh Chromium context and sums what every response from
 * Parley's origin transferred (encoded body as received, and headers), until the frame has
 * loaded, resized itself and the network has been idle for half a second.
 */
export async function measureEmbedWeight(publisherUrl: string, parley: string): Promise<EmbedWeight> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await (await browser.newContext()).newPage();
    const pending: Promise<Transfer>[] = [];
    page.on("requestfinished", (request) => pending.push(transferOf(request, parley)));
    await page.goto(publisherUrl);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    if (!frame) throw new Error("the loader made no iframe");
    await frame.waitForLoadState("load");
    const resized = await page
      .waitForFunction(() => document.querySelector("iframe")!.style.height !== "200px", null, { timeout: 15_000 })
      .then(() => true, () => false);
    await page.waitForLoadState("networkidle");
    const commentsShown = await frame.locator(".comment").count();
    const transfers = (await Promise.all(pending)).filter((t) => t.kind !== "publisher");
    const byKind: Record<string, number> = {};
    for (const t of transfers) byKind[t.kind] = (byKind[t.kind] ?? 0) + t.bodyBytes;
    const sum = (f: (t: Transfer) => number) => transfers.reduce((n, t) => n + f(t), 0);
    return { transfers, byKind, bodyBytes: sum((t) => t.bodyBytes), withHeadersBytes: sum((t) => t.bodyBytes + t.headerBytes), commentsShown, resized };
  } finally {
    await browser.close();
  }
}

async function transferOf(request: Request, parley: string): Promise<Transfer> {
  const url = new URL(request.url());
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  return {
    kind: url.origin !== parley ? "publisher" : kindOf(url.pathname, request.resourceType()),
    path: `${url.pathname}${url.search}`.slice(0, 60),
    status: response?.status() ?? 0,
    encoding: (await response?.headerValue("content-encoding")) ?? "none",
    bodyBytes: sizes.responseBodySize,
    headerBytes: sizes.responseHeadersSize,
  };
}

function kindOf(path: string, type: string): string {
  if (path === "/embed.js") return "loader";
  const kinds: Record<string, string> = { document: "iframe HTML", script: "JS", stylesheet: "CSS", font: "fonts", image: "images" };
  return kinds[type] ?? "other";
}
