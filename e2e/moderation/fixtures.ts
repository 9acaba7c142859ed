import { randomInt } from "node:crypto";
import { type BrowserContext, type Page, test as base } from "@playwright/test";
import type { SeededUser } from "../support/seed-world";
import { signInAs } from "../support/session";

// Without a proxy every browser posts from the same address, and so shares the
// per-IP posting limit with every other test in the run: each context gets its own.
const freshIp = () => `10.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** A page in a browser context of its own, signed in as the user (signed out for null). */
export type PageAs = (user: SeededUser | null) => Promise<Page>;

type Fixtures = { pageAs: PageAs };

export const test = base.extend<Fixtures>({
  context: async ({ context }, provide) => {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": freshIp() });
    await provide(context);
  },
  pageAs: async ({ browser, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (user) => {
      const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": freshIp() } });
      contexts.push(context);
      if (user) await signInAs(context, user, baseURL!);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect } from "@playwright/test";
