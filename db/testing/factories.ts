import { randomUUID } from "node:crypto";
import { getDb } from "../client";
import { articles, sites, threads, users } from "../schema";

/** A site of its own, so a test's articles never meet another test's. */
export async function seedSite(): Promise<{ id: number; slug: string }> {
  const slug = `test-${randomUUID().slice(0, 12)}`;
  const [site] = await getDb()
    .insert(sites)
    .values({ slug, name: `Test site ${slug}`, origin: "https://example.test" })
    .returning({ id: sites.id, slug: sites.slug });
  return site!;
}

type ArticleInput = {
  siteId: number;
  title: string;
  body: string;
  publishedAt?: Date;
  sourceName?: string;
};

export async function seedArticle(input: ArticleInput): Promise<{ id: number; slug: string; threadId: number }> {
  const db = getDb();
  const [article] = await db
    .insert(articles)
    .values({
      siteId: input.siteId,
      slug: `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 6)}`,
      sourceName: input.sourceName ?? "Test Wire",
      title: input.title,
      body: input.body,
      publishedAt: input.publishedAt ?? new Date(),
    })
    .returning({ id: articles.id, slug: articles.slug });
  const [thread] = await db
    .insert(threads)
    .values({ siteId: input.siteId, articleId: article!.id })
    .returning({ id: threads.id });
  return { ...article!, threadId: thread!.id };
}

type UserInput = { name?: string | null; email?: string; role?: "reader" | "moderator" | "admin"; passwordHash?: string | null; createdAt?: Date };

/** A user of its own: unique email, reader by default. */
export async function seedUser(input: UserInput = {}) {
  const suffix = randomUUID().slice(0, 8);
  const [user] = await getDb()
    .insert(users)
    .values({
      name: input.name === undefined ? `Reader ${suffix}` : input.name,
      email: input.email ?? `reader-${suffix}@example.test`,
      role: input.role ?? "reader",
      passwordHash: input.passwordHash ?? null,
      createdAt: input.createdAt ?? new Date(),
    })
    .returning({ id: users.id, name: users.name, email: users.email, image: users.image, role: users.role });
  return user!;
}
