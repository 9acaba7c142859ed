import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import { seedArticle, seedSite } from "@/db/testing/factories";
import { AppError } from "@/lib/errors";
import { MINUTE, at, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { listThreadCounts } from "./list-thread-counts";
import { parseThreadCountsQuery } from "./thread-counts-query";

async function seedEmbedSite() {
  const { id } = await seedSite();
  const [site] = await getDb().select({ publicId: sites.publicId }).from(sites).where(eq(sites.id, id));
  return { id, publicId: site!.publicId };
}

async function seedPage(siteId: number, page: { key: string; url?: string }, comments = 0) {
  const [thread] = await getDb().insert(threads).values({ siteId, pageKey: page.key, url: page.url ?? null }).returning({ id: threads.id });
  const author = await seedViewer();
  for (let i = 0; i < comments; i++) await post(author, thread!.id, `Comment ${i + 1}`, { now: at(i * MINUTE) });
  return thread!.id;
}

describe("listThreadCounts", () => {
  it("counts a site's pages by key from the threads' counters, 0 for pages without a thread", async () => {
    const site = await seedEmbedSite();
    await seedPage(site.id, { key: "story-1" }, 3);
    await seedPage(site.id, { key: "story-2" });
    expect(await listThreadCounts({ site: site.publicId, keys: ["story-1", "story-2", "never-viewed"], urls: [] })).toEqual({
      "story-1": 3,
      "story-2": 0,
      "never-viewed": 0,
    });
  });

  it("finds a page by its stored URL or by a page key that is the URL", async () => {
    const site = await seedEmbedSite();
    await seedPage(site.id, { key: "story-9", url: "https://pub.example/a" }, 2);
    await seedPage(site.id, { key: "https://pub.example/b" }, 1);
    expect(await listThreadCounts({ site: site.publicId, keys: [], urls: ["https://pub.example/a", "https://pub.example/b", "https://pub.example/c"] })).toEqual({
      "https://pub.example/a": 2,
      "https://pub.example/b": 1,
      "https://pub.example/c": 0,
    });
  });

  it("never counts another site's thread under the same key", async () => {
    const mine = await seedEmbedSite();
    const theirs = await seedEmbedSite();
    await seedPage(theirs.id, { key: "shared-key", url: "https://pub.example/shared" }, 2);
    expect(await listThreadCounts({ site: mine.publicId, keys: ["shared-key"], urls: ["https://pub.example/shared"] })).toEqual({
      "shared-key": 0,
      "https://pub.example/shared": 0,
    });
  });

  it("leaves the home site's article threads, which have no page key, out", async () => {
    const site = await seedEmbedSite();
    const article = await seedArticle({ siteId: site.id, title: "An article", body: "Text." });
    await post(await seedViewer(), article.threadId, "On the article");
    expect(await listThreadCounts({ site: site.publicId, keys: [article.slug], urls: [] })).toEqual({ [article.slug]: 0 });
  });

  it("answers null for an unknown site", async () => {
    expect(await listThreadCounts({ site: `nope-${randomUUID()}`, keys: ["a"], urls: [] })).toBeNull();
  });
});

describe("parseThreadCountsQuery", () => {
  const parse = (query: string) => parseThreadCountsQuery(new URLSearchParams(query));
  const refusal = (query: string) => {
    try {
      parse(query);
    } catch (error) {
      return error instanceof AppError ? { code: error.code, message: error.message } : error;
    }
    throw new Error(`accepted ${query}`);
  };

  it("collects repeated keys and urls once each", () => {
    expect(parse("site=s1&key=a&key=b&key=a&url=https%3A%2F%2Fx.example%2F")).toEqual({ site: "s1", keys: ["a", "b"], urls: ["https://x.example/"] });
  });

  it("refuses a request without a site or without a page", () => {
    expect(refusal("key=a")).toEqual({ code: "invalid_input", message: "Name the site: ?site=<its public id>." });
    expect(refusal("site=s1")).toMatchObject({ code: "invalid_input", message: expect.stringContaining("at least one page") });
  });

  it("takes 50 pages and refuses 51 with a message that says the limit", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `key=k${i}`).join("&");
    expect(parse(`site=s1&${keys(49)}&url=u`).keys).toHaveLength(49);
    expect(refusal(`site=s1&${keys(50)}&url=u`)).toMatchObject({ code: "invalid_input", message: expect.stringContaining("at most 50 keys and urls") });
  });

  it("refuses an empty or overlong key", () => {
    expect(refusal("site=s1&key=")).toMatchObject({ code: "invalid_input", message: "A key may not be empty." });
    expect(refusal(`site=s1&key=${"x".repeat(1001)}`)).toMatchObject({ code: "invalid_input", message: "A key is at most 1000 characters." });
  });
});
