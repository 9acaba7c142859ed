import { describe, expect, it } from "vitest";
import { seedArticle, seedSite } from "@/db/testing/factories";
import { getArticle } from "./get-article";
import { listRelatedArticles } from "./list-related-articles";

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

describe("listRelatedArticles", () => {
  it("gives the seed's main article the three seed related articles", async () => {
    const main = await getArticle("ukraine-russia-hold-second-round-of-direct-talks-in-istanbul");
    const related = await listRelatedArticles(main!.id);
    expect(related.map((a) => a.title).sort()).toEqual([
      "Report: Russia's security chief Shoigu in North Korea for talks with Kim Jong Un",
      "Russian rocket attack on Ukraine's Sumy causing casualties, people to flee",
      "The Europeans are facing an existential choice",
    ]);
  });

  it("ranks by shared terms, not by recency, and never lists the article itself", async () => {
    const site = await seedSite();
    const source = await seedArticle({
      siteId: site.id,
      title: "Volcano erupts near fishing village",
      body: "Lava from the volcano reached the harbour. Fishermen moved their boats as ash fell on the village.",
    });
    const close = await seedArticle({
      siteId: site.id,
      title: "Fishermen return after volcano eruption",
      body: "Boats are back in the harbour of the fishing village, days after lava and ash.",
      publishedAt: hoursAgo(48),
    });
    const loose = await seedArticle({
      siteId: site.id,
      title: "Harbour festival postponed",
      body: "The summer festival at the harbour has been moved to August.",
      publishedAt: hoursAgo(24),
    });
    const unrelated = await seedArticle({
      siteId: site.id,
      title: "Central bank holds interest rates",
      body: "Markets expected the decision; inflation remains above target.",
      publishedAt: hoursAgo(1),
    });

    const related = await listRelatedArticles(source.id, 2);
    expect(related.map((a) => a.slug)).toEqual([close.slug, loose.slug]);
    expect(related.map((a) => a.slug)).not.toContain(unrelated.slug);
    expect(related.map((a) => a.slug)).not.toContain(source.slug);
  });

  it("falls back to the newest articles of the same site when nothing matches", async () => {
    const site = await seedSite();
    const otherSite = await seedSite();
    const source = await seedArticle({ siteId: site.id, title: "Quokka census", body: "Quokkas counted on the island." });
    const older = await seedArticle({ siteId: site.id, title: "Budget vote", body: "Parliament approved it.", publishedAt: hoursAgo(30) });
    const newer = await seedArticle({ siteId: site.id, title: "Train strike", body: "Commuters stayed home.", publishedAt: hoursAgo(2) });
    await seedArticle({ siteId: otherSite.id, title: "Quokka census elsewhere", body: "Quokkas counted again." });

    const related = await listRelatedArticles(source.id);
    expect(related.map((a) => a.slug)).toEqual([newer.slug, older.slug]);
  });
});
