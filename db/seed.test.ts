import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "./client";
import { articles, sites, threads } from "./schema";
import { DEMO_SITE_SLUG, SEED_CAPTURED_AT, seedDemoContent } from "./seed";

const HOUR = 3600_000;

async function demoRows() {
  return getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      sourceName: articles.sourceName,
      title: articles.title,
      body: articles.body,
      byline: articles.byline,
      publishedAt: articles.publishedAt,
      hashtags: articles.hashtags,
      createdAt: articles.createdAt,
      threadId: threads.id,
    })
    .from(articles)
    .innerJoin(sites, eq(sites.id, articles.siteId))
    .innerJoin(threads, eq(threads.articleId, articles.id))
    .where(eq(sites.slug, DEMO_SITE_SLUG))
    .orderBy(asc(articles.id));
}

describe("demo seed", () => {
  it("loads the four seed articles with their sources, times and a thread each", async () => {
    const rows = await demoRows();
    expect(rows.map((r) => [r.title, r.sourceName])).toEqual([
      ["Ukraine, Russia hold second round of direct talks in Istanbul", "NHK"],
      ["Russian rocket attack on Ukraine's Sumy causing casualties, people to flee", "NHK"],
      ["Report: Russia's security chief Shoigu in North Korea for talks with Kim Jong Un", "NHK"],
      ["The Europeans are facing an existential choice", "Japan Times"],
    ]);
    const [main, sumy, shoigu, essay] = rows;
    expect(main!.publishedAt.toISOString().slice(0, 10)).toBe("2025-06-02");
    expect(main!.publishedAt.getUTCDay()).toBe(1); // Monday, as the talks were
    const hoursBeforeCapture = [sumy, shoigu, essay].map((r) => (SEED_CAPTURED_AT.getTime() - r!.publishedAt.getTime()) / HOUR);
    expect(hoursBeforeCapture).toEqual([3, 5, 7]);
    expect(rows.every((r) => r.hashtags.length === 0)).toBe(true);
  });

  it("keeps the seed's text and the main article's paragraphs", async () => {
    const [main, , , essay] = await demoRows();
    const paragraphs = main!.body.split("\n\n");
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toBe(
      "Delegates from Russia and Ukraine have gathered in Turkey for their second round of direct peace talks.",
    );
    expect(paragraphs[7]).toBe(
      "Meanwhile, Ukrainian media reported on Sunday that the country's security agency launched drone strikes on airfields in Russia and struck 41 aircraft, including strategic bombers.",
    );
    expect(essay!.byline).toBe("Radosław Sikorski");
    const essayParagraphs = essay!.body.split("\n\n");
    expect(essayParagraphs.slice(-2)).toEqual([
      "Radosław Sikorski is foreign minister of Poland.",
      "© Project Syndicate, 2025",
    ]);
    expect(essay!.body).toContain("'Preparing for the worst is a safer bet than hoping for the best.'");
  });

  it("changes nothing when run again", async () => {
    const before = await demoRows();
    await seedDemoContent(getDb());
    await seedDemoContent(getDb());
    expect(await demoRows()).toEqual(before);
    const siteRows = await getDb().select().from(sites).where(eq(sites.slug, DEMO_SITE_SLUG));
    expect(siteRows).toHaveLength(1);
  });
});
