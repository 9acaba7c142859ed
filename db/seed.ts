import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { articles, sites, threads } from "./schema";
import seedArticles from "./seed-articles.json";

export const DEMO_SITE_SLUG = "daily8";

/**
 * The four articles of the seed page. Their times put the page's capture at
 * Wednesday 4 June 2025, 12:00 UTC: the related articles were then 3, 5 and 7
 * hours old, and the Istanbul talks had begun on Monday 2 June.
 */
export const SEED_CAPTURED_AT = new Date("2025-06-04T12:00:00Z");

/** Idempotent: rows that already exist are left exactly as they are. */
export async function seedDemoContent(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(sites)
      .values({ slug: DEMO_SITE_SLUG, name: "Daily8", origin: "http://localhost:3000" })
      .onConflictDoNothing({ target: sites.slug });
    const [site] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.slug, DEMO_SITE_SLUG));
    if (!site) throw new Error("demo site missing after insert");

    const inserted = await tx
      .insert(articles)
      .values(
        seedArticles.map((a) => ({
          siteId: site.id,
          slug: a.slug,
          sourceName: a.sourceName,
          title: a.title,
          body: a.paragraphs.join("\n\n"),
          byline: a.byline,
          publishedAt: new Date(a.publishedAt),
        })),
      )
      .onConflictDoNothing({ target: [articles.siteId, articles.slug] })
      .returning({ id: articles.id });

    if (inserted.length > 0) {
      await tx
        .insert(threads)
        .values(inserted.map((a) => ({ siteId: site.id, articleId: a.id })))
        .onConflictDoNothing({ target: threads.articleId });
    }
  });
}

