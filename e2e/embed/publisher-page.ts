import type { BrowserContext } from "@playwright/test";

/** The publisher's origin: never listened on, every page of it is answered by route fulfilment. */
export const PUBLISHER = "http://127.0.0.1:3262";

/**
 * Serves `html` at PUBLISHER + path (any query) in this context. Chromium counts a fulfilled
 * page as public (it has no address), and Local Network Access then blocks its requests to
 * Parley on loopback unless the page is granted that permission, as a real loopback page needs not be.
 */
export async function servePublisherPage(context: BrowserContext, path: string, html: string): Promise<string> {
  await context.grantPermissions(["local-network-access"], { origin: PUBLISHER });
  await context.route(
    (url) => url.origin === PUBLISHER && url.pathname === path,
    (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
  return `${PUBLISHER}${path}`;
}
