import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { articles, commentRevisions, comments, threads } from "@/db/schema";
import { seedDemoContent } from "@/db/seed";
import { type Cluster, createCluster, whyNoCluster } from "@/db/testing/throwaway-cluster";
import { getArticle } from "@/lib/articles/get-article";
import { keepUnlessEnded } from "@/lib/auth/keep-unless-ended";
import { loadViewer } from "@/lib/auth/load-viewer";
import { listCommentCountsJson } from "@/lib/comments/comment-counts-json";
import { postComment } from "@/lib/comments/post-comment";
import { toFormState } from "@/lib/forms/form-state";
import { toResponse } from "@/lib/http/to-response";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { NOT_SAVED_MESSAGE } from "@/lib/unavailable";

/** The throw-away server this file stops and starts; never the shared one on 5432. */
const PORT = Number(process.env.OUTAGE_PG_PORT || 5499);
const whyNot = whyNoCluster();
if (whyNot) console.warn(`[database outage] skipped: ${whyNot}`);

const settle = <T>(work: Promise<T>) => work.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

/** Polls until the database answers again: how long that takes is the bench's to report, not this test's to assert. */
async function untilBack(): Promise<void> {
  for (;;) {
    const attempt = await settle(listCommentCountsJson("x"));
    if (attempt.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(whyNot !== null)("a database outage", () => {
  let cluster: Cluster;
  const testDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    cluster = createCluster(PORT);
    await closeDb();
    process.env.DATABASE_URL = cluster.url;
    await migrateDatabase();
    await seedDemoContent(getDb());
  });

  afterAll(async () => {
    await closeDb();
    process.env.DATABASE_URL = testDatabaseUrl;
    cluster?.destroy();
  });

  it("answers 503 with Retry-After, keeps sessions, refuses writes cleanly and half-writes nothing, then recovers", async () => {
    const [article] = await getDb().select({ slug: articles.slug, threadId: threads.id }).from(articles).innerJoin(threads, eq(threads.articleId, articles.id)).limit(1);
    const authors = await Promise.all([1, 2, 3, 4].map(() => seedViewer()));
    const token = { sub: authors[0]!.id, signedInAt: Date.now(), sessionId: "outage-session" };
    expect(await getArticle(article!.slug)).toMatchObject({ slug: article!.slug });

    // Writes in flight as the server goes down: each either lands whole or is refused.
    const posts = authors.map((author, i) => settle(postComment(author, { threadId: article!.threadId, body: `Posted as the database stopped ${i}` }, { ip: `10.0.0.${i}` })));
    cluster.stop();
    const load = await Promise.all(
      Array.from({ length: 10 }, () => [
        settle(listCommentCountsJson(article!.slug)),
        settle(loadViewer(authors[1]!.id)),
        settle(postComment(authors[2]!, { threadId: article!.threadId, body: "Posted while the database was down" }, { ip: "10.0.1.1" })),
      ]).flat(),
    );

    for (const result of load) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const response = toResponse(result.error);
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("5");
      expect(await response.json()).toMatchObject({ error: { code: "unavailable", message: expect.stringMatching(/briefly unavailable/) } });
      expect(toFormState(result.error)).toMatchObject({ status: "error", message: NOT_SAVED_MESSAGE });
    }
    expect(await keepUnlessEnded(token)).toBe(token);
    expect(await getArticle(article!.slug)).toMatchObject({ slug: article!.slug });
    await expect(getArticle("never-read-before")).rejects.toMatchObject({ code: "unavailable" });

    cluster.start();
    await untilBack();
    const acknowledged = (await Promise.all(posts)).flatMap((p) => (p.ok ? [p.value.id] : []));
    const stored = await getDb().select({ id: comments.id, status: comments.status }).from(comments).where(eq(comments.threadId, article!.threadId));
    expect(stored.map((c) => c.id)).toEqual(expect.arrayContaining(acknowledged));
    const [revisions] = await getDb().select({ n: count() }).from(commentRevisions).innerJoin(comments, eq(comments.id, commentRevisions.commentId)).where(eq(comments.threadId, article!.threadId));
    expect(revisions!.n).toBe(stored.length);
    const [thread] = await getDb().select({ commentCount: threads.commentCount }).from(threads).where(eq(threads.id, article!.threadId));
    expect(thread!.commentCount).toBe(stored.filter((c) => c.status === "published").length);
    expect(await keepUnlessEnded(token)).toBe(token);
    expect(await loadViewer(authors[1]!.id)).toMatchObject({ id: authors[1]!.id });
  });
});
