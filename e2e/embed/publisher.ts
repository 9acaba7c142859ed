import type { BrowserContext } from "@playwright/test";

/** A publisher's origin, other than Parley's: no server listens there, the browser context answers. */
export const PUBLISHER = "http://127.0.0.1:3290";
export const OTHER_PUBLISHER = "http://127.0.0.1:3291";

type Frame = { site: string; key: string; origin?: string; extra?: Record<string, string> };

/** The iframe address the loader would make for a page on `origin`. */
export function embedUrl(baseURL: string, { site, key, origin, extra = {} }: Frame): string {
  const params = new URLSearchParams({ site, key, ...(origin ? { origin } : {}), frame: "0", ...extra });
  return `${baseURL}/embed/thread?${params}`;
}

/**
 * Serves a publisher page at `pageOrigin` that frames `src` and records every message it gets
 * (with its origin) in `window.parleyMessages`.
 */
export async function servePublisherPage(context: BrowserContext, pageOrigin: string, src: string): Promise<string> {
  const html = `<!doctype html><html><head><title>Publisher</title></head><body>
<h1>A story</h1>
<iframe id="parley" title="Comments" src="${src.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" style="width:100%;border:0"></iframe>
<script>
window.parleyMessages = [];
window.addEventListener("message", function (e) { window.parleyMessages.push({ origin: e.origin, data: e.data }); });
</script></body></html>`;
  // Chromium's Local Network Access checks block a page without a known address (a fulfilled one)
  // from framing localhost; a real publisher on the internet would be asked the same permission.
  await context.grantPermissions(["local-network-access"], { origin: pageOrigin });
  await context.route(`${pageOrigin}/**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  return `${pageOrigin}/story`;
}
