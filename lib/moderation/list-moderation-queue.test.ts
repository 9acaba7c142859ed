import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import { seedArticle, seedSite } from "@/db/testing/factories";
import { reportComment } from "@/lib/comments/report-comment";
import { MINUTE, at, expectAppError, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { type QueueQuery, getModerationCounts, listModerationQueue } from "./list-moderation-queue";
import { moderateComments } from "./moderate-comments";
import { setThreadPremoderated } from "./set-thread-flags";
import { HOUR, seedModeratedThread, setSiteRules, seen } from "./testing";

/**
 * `count` comments held by pre-moderation, by five authors in turn. Every three share
 * one created_at, so the keyset must break ties by id; groups are 61 s apart, so no
 * author meets the rate limit.
 */
async function seedHeldComments(count: number) {
  const world = await seedModeratedThread({ premoderation: true });
  const authors = await Promise.all(Array.from({ length: 5 }, (_, i) => seedViewer({ name: `Held ${i}` })));
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(await post(authors[i % 5]!, world.threadId, `Held comment number ${i}`, { now: at(Math.floor(i / 3) * 61_000) }));
  }
  return { ...world, authors, ids };
}

describe("listModerationQueue", () => {
  it("lists held comments newest first, 20 then 5 by keyset, none twice", async () => {
    const { moderator, article, threadId, ids } = await seedHeldComments(25);
    const query: QueueQuery = { queue: "pending", article: article.slug };
    const first = await listModerationQueue(moderator, query);
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listModerationQueue(moderator, { ...query, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual([...ids].reverse());
    expect(first.items[0]).toMatchObject({
      status: "pending",
      heldByRule: "premoderation",
      moderationReason: "Pre-moderation is on for this site",
      isTopLevel: true,
      parent: null,
      article: { slug: article.slug, title: "Harbour reopens after storm" },
      threadId,
      reports: [],
      reporterCount: 0,
    });
  });

  it("filters by article, by author, and by text with % and _ read literally", async () => {
    const { moderator, article, site, author } = await seedModeratedThread({ premoderation: true });
    const other = await seedArticle({ siteId: site.id, title: "Bridge repairs", body: "Traffic." });
    const writer = await seedViewer();
    const percent = await post(author, article.threadId, "I am 100% sure");
    const spelled = await post(writer, article.threadId, "I am 100 percent sure");
    const underscore = await post(author, article.threadId, "Name it snake_case", { now: at(MINUTE) });
    const lookalike = await post(writer, article.threadId, "Name it snakeXcase", { now: at(MINUTE) });
    const elsewhere = await post(author, other.threadId, "On the bridge", { now: at(2 * MINUTE) });
    const ids = async (query: Omit<QueueQuery, "queue">) => (await listModerationQueue(moderator, { queue: "pending", ...query })).items.map((e) => e.id);

    expect(await ids({ article: article.slug })).toEqual([lookalike, underscore, spelled, percent]);
    expect(await ids({ article: other.slug })).toEqual([elsewhere]);
    expect(await ids({ author: author.id })).toEqual([elsewhere, underscore, percent]);
    expect(await ids({ article: article.slug, author: writer.id })).toEqual([lookalike, spelled]);
    expect(await ids({ article: article.slug, q: "100" })).toEqual([spelled, percent]);
    expect(await ids({ article: article.slug, q: "100%" })).toEqual([percent]);
    expect(await ids({ article: article.slug, q: "e_c" })).toEqual([underscore]);
    expect(await ids({ article: article.slug, q: "SNAKE" })).toEqual([lookalike, underscore]);
    expect(await ids({ article: article.slug, q: "%" })).toEqual([percent]);
  });

  it("filters by site, and names each entry's site and, for an embedded thread, its page", async () => {
    const { moderator, article, site, author } = await seedModeratedThread({ premoderation: true });
    const publisher = await seedSite();
    await setSiteRules(publisher.id, { premoderation: true });
    const [embedded] = await getDb()
      .insert(threads)
      .values({ siteId: publisher.id, pageKey: "story-1", url: "https://publisher.example/story-1", title: "Story one" })
      .returning({ id: threads.id });
    const [hostile] = await getDb().insert(threads).values({ siteId: publisher.id, pageKey: "story-2", url: "javascript:alert(1)", title: null }).returning({ id: threads.id });
    const onArticle = await post(author, article.threadId, "On the article");
    const onStory = await post(author, embedded!.id, "On the story", { now: at(MINUTE) });
    const onHostile = await post(author, hostile!.id, "On the hostile page", { now: at(2 * MINUTE) });
    const [{ publicId: homeId }] = (await getDb().select({ publicId: sites.publicId }).from(sites).where(eq(sites.id, site.id))) as [{ publicId: string }];
    const [{ publicId, name }] = (await getDb().select({ publicId: sites.publicId, name: sites.name }).from(sites).where(eq(sites.id, publisher.id))) as [{ publicId: string; name: string }];

    const forPublisher = (await listModerationQueue(moderator, { queue: "pending", site: publicId })).items;
    expect(forPublisher.map((e) => [e.id, e.site, e.article, e.page])).toEqual([
      [onHostile, { publicId, name }, null, { url: null, title: null }],
      [onStory, { publicId, name }, null, { url: "https://publisher.example/story-1", title: "Story one" }],
    ]);
    const forHome = (await listModerationQueue(moderator, { queue: "pending", site: homeId, author: author.id })).items;
    expect(forHome.map((e) => [e.id, e.page, e.article?.slug])).toEqual([[onArticle, null, article.slug]]);
  });

  it("gives each author's record: published, rejected or spam, and every report against them", async () => {
    const { moderator, threadId, author } = await seedModeratedThread();
    const posted: number[] = [];
    for (let i = 0; i < 4; i++) posted.push(await post(author, threadId, `Comment ${i + 1}`, { now: at(i * MINUTE) }));
    const [rejected, reported, spam] = posted as [number, number, number, number];
    const readers = await Promise.all([seedViewer(), seedViewer()]);
    for (const reader of readers) await reportComment(reader, { commentId: rejected, reason: "abuse" }, at(10 * MINUTE));
    await reportComment(readers[0]!, { commentId: reported, reason: "off_topic" }, at(10 * MINUTE));
    await moderateComments(moderator, { ...(await seen([rejected])), decision: "reject", reason: "Abusive" }, at(HOUR));
    await moderateComments(moderator, { ...(await seen([spam])), decision: "spam" }, at(HOUR));
    await setThreadPremoderated(moderator, { threadId, value: true }, at(HOUR));
    const held = await post(author, threadId, "Comment 5", { now: at(2 * HOUR) });

    const { items } = await listModerationQueue(moderator, { queue: "pending", author: author.id });
    expect(items.map((e) => e.id)).toEqual([held]);
    expect(items[0]!.author).toEqual({
      id: author.id,
      displayName: author.displayName,
      joinedAt: expect.any(Date),
      publishedCount: 2,
      rejectedCount: 2,
      reportsAgainst: 3,
      ban: null,
      role: "reader",
    });
    const queue = async (name: QueueQuery["queue"]) => (await listModerationQueue(moderator, { queue: name, author: author.id })).items.map((e) => e.id);
    expect(await queue("rejected")).toEqual([spam, rejected]);
    expect(await queue("reported")).toEqual([reported]);
    expect(await queue("all")).toEqual([held, ...[...posted].reverse()]);
  });

  it("refuses a forged cursor", async () => {
    const { moderator } = await seedModeratedThread();
    const error = await expectAppError(listModerationQueue(moderator, { queue: "pending", cursor: "bm90LWEtY3Vyc29y" }), "invalid_input");
    expect(error.field).toBe("cursor");
  });
});

describe("getModerationCounts", () => {
  // The counts span every site, and other test files write beside this one: only a lower bound is certain.
  it("counts pending comments and comments with open reports", async () => {
    const { threadId, author, site } = await seedModeratedThread({ reportHideThreshold: null });
    const reported = await post(author, threadId, "Reported but published");
    await reportComment(await seedViewer(), { commentId: reported, reason: "spam" }, at(MINUTE));
    await setSiteRules(site.id, { premoderation: true });
    await post(await seedViewer(), threadId, "Held one");
    await post(await seedViewer(), threadId, "Held two");
    const counts = await getModerationCounts();
    expect(counts.pending).toBeGreaterThanOrEqual(2);
    expect(counts.reported).toBeGreaterThanOrEqual(1);
  });
});
