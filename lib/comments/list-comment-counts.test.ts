import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedArticle, seedSite } from "@/db/testing/factories";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { listCommentCounts } from "./list-comment-counts";
import { MINUTE, at, post } from "./testing";

// The demo site's counts are other tests' fixtures (they must stay 0), so this
// file makes a home site of its own. env() is read once per test file, after this.
let home: { id: number; slug: string };

beforeAll(async () => {
  home = await seedSite();
  vi.stubEnv("HOME_SITE_SLUG", home.slug);
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("listCommentCounts", () => {
  it("counts the home site's comments by article slug and leaves unknown slugs out", async () => {
    const busy = await seedArticle({ siteId: home.id, title: "Busy article", body: "Text." });
    const quiet = await seedArticle({ siteId: home.id, title: "Quiet article", body: "Text." });
    const author = await seedViewer();
    const first = await post(author, busy.threadId, "One");
    await post(author, busy.threadId, "Two", { parentId: first });
    await post(author, busy.threadId, "Three", { now: at(MINUTE) });

    expect(await listCommentCounts([busy.slug, quiet.slug, "no-such-article"])).toEqual({ [busy.slug]: 3, [quiet.slug]: 0 });
  });

  it("leaves out another site's articles", async () => {
    const other = await seedSite();
    const foreign = await seedArticle({ siteId: other.id, title: "Elsewhere", body: "Text." });
    await post(await seedViewer(), foreign.threadId, "Not counted here");
    expect(await listCommentCounts([foreign.slug])).toEqual({});
  });

  it("returns nothing for no slugs", async () => {
    expect(await listCommentCounts([])).toEqual({});
  });
});
