import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";
import { seedSite } from "@/db/testing/factories";
import { expectAppError } from "@/lib/comments/testing";
import { MAX_PAGE_KEY_LENGTH, MAX_THREAD_TITLE_LENGTH, MAX_THREAD_URL_LENGTH } from "./embed-thread-input";
import { findOrCreateEmbedThread } from "./find-or-create-embed-thread";
import { findThread } from "./find-thread";

const rowsFor = (siteId: number, pageKey: string) => getDb().select().from(threads).where(and(eq(threads.siteId, siteId), eq(threads.pageKey, pageKey)));

describe("findOrCreateEmbedThread", () => {
  it("creates a site's thread on first view with its URL and title, and finds the same one after", async () => {
    const site = await seedSite();
    expect(await findThread({ siteId: site.id, pageKey: "story-1" })).toBeNull();
    const created = await findOrCreateEmbedThread({ site, pageKey: " story-1 ", url: "https://publisher.example/story", title: "  Harbour reopens " });
    expect(created).toMatchObject({ siteId: site.id, articleId: null, pageKey: "story-1", url: "https://publisher.example/story", title: "Harbour reopens", commentCount: 0, isClosed: false });
    const again = await findOrCreateEmbedThread({ site, pageKey: "story-1", url: "https://publisher.example/other", title: "Another title" });
    expect(again.id).toBe(created.id);
    expect(again.title).toBe("Harbour reopens");
    expect(await findThread({ siteId: site.id, pageKey: "story-1" })).toEqual(created);
  });

  it("gives one row to many concurrent first views", async () => {
    const site = await seedSite();
    const views = await Promise.all(Array.from({ length: 8 }, () => findOrCreateEmbedThread({ site, pageKey: "busy-page" })));
    expect(new Set(views.map((t) => t.id)).size).toBe(1);
    expect(await rowsFor(site.id, "busy-page")).toHaveLength(1);
  });

  it("keys threads by site: the same key on two sites is two threads", async () => {
    const [a, b] = [await seedSite(), await seedSite()];
    const [ta, tb] = [await findOrCreateEmbedThread({ site: a, pageKey: "home" }), await findOrCreateEmbedThread({ site: b, pageKey: "home" })];
    expect(ta.id).not.toBe(tb.id);
  });

  it("takes a page key of up to 512 characters and refuses a longer or empty one rather than cut it", async () => {
    const site = await seedSite();
    const longest = "k".repeat(MAX_PAGE_KEY_LENGTH);
    expect((await findOrCreateEmbedThread({ site, pageKey: longest })).pageKey).toBe(longest);
    for (const pageKey of [`${longest}k`, "", "   ", undefined, 42]) {
      const error = await expectAppError(findOrCreateEmbedThread({ site, pageKey }), "invalid_input");
      expect(error.field).toBe("key");
    }
    expect(await rowsFor(site.id, `${longest}k`)).toHaveLength(0);
  });

  it("refuses a URL over 2048 characters or not http(s), and shortens a title to 300 characters", async () => {
    const site = await seedSite();
    const url = `https://publisher.example/${"p".repeat(MAX_THREAD_URL_LENGTH - 26)}`;
    expect(url).toHaveLength(MAX_THREAD_URL_LENGTH);
    expect((await findOrCreateEmbedThread({ site, pageKey: "a", url })).url).toBe(url);
    for (const bad of [`${url}p`, "javascript:alert(1)", "not a url", "ftp://publisher.example/x"]) {
      const error = await expectAppError(findOrCreateEmbedThread({ site, pageKey: `bad-${bad.length}`, url: bad }), "invalid_input");
      expect(error.field).toBe("url");
    }
    const title = "T".repeat(MAX_THREAD_TITLE_LENGTH + 50);
    expect((await findOrCreateEmbedThread({ site, pageKey: "b", title })).title).toBe("T".repeat(MAX_THREAD_TITLE_LENGTH));
    expect((await findOrCreateEmbedThread({ site, pageKey: "c", title: "Bidi\u202e trick\u0000" })).title).toBe("Bidi trick");
  });
});
