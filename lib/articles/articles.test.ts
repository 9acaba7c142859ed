import { describe, expect, it } from "vitest";
import { getArticle } from "./get-article";
import { listArticles } from "./list-articles";

const MAIN_SLUG = "ukraine-russia-hold-second-round-of-direct-talks-in-istanbul";

describe("listArticles", () => {
  it("lists the home site's articles newest first with excerpts and comment counts", async () => {
    const items = await listArticles();
    expect(items.map((a) => a.sourceName)).toEqual(["NHK", "NHK", "Japan Times", "NHK"]);
    expect(items.at(-1)!.slug).toBe(MAIN_SLUG);
    const times = items.map((a) => a.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.commentCount).toBe(0);
      expect(item.excerpt.length).toBeGreaterThan(40);
      expect(item.excerpt.length).toBeLessThanOrEqual(241);
    }
    expect(items[0]!.excerpt).toMatch(/^Russian forces are intensifying their offensive/);
    expect(items[0]!.excerpt).toMatch(/…$/);
  });
});

describe("getArticle", () => {
  it("returns the article with its paragraphs and thread", async () => {
    const article = await getArticle(MAIN_SLUG);
    expect(article).toMatchObject({
      slug: MAIN_SLUG,
      sourceName: "NHK",
      title: "Ukraine, Russia hold second round of direct talks in Istanbul",
      byline: null,
      hashtags: [],
      thread: { commentCount: 0, isClosed: false },
    });
    expect(article!.paragraphs).toHaveLength(8);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getArticle("no-such-article")).toBeNull();
    expect(await getArticle("' OR 1=1 --")).toBeNull();
  });
});
