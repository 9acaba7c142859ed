import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { comments, threads } from "@/db/schema";
import { seedArticle, seedSite } from "@/db/testing/factories";
import type { Viewer } from "@/lib/auth/viewer";
import { type AppErrorCode, AppError } from "@/lib/errors";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { postComment } from "./post-comment";

// Comment tests run at fixed times after real time (so sweeps of expired rate-limit
// buckets at real time never touch theirs) and before the rate-limit tests' 2099.
export const T0 = Date.parse("2090-01-01T00:00:00Z");
export const at = (ms: number) => new Date(T0 + ms);
/** Later than any other comment test's `now`: no sweep by another test deletes a bucket made here. */
export const LATE = Date.parse("2098-01-01T00:00:00Z");
export const MINUTE = 60_000;

/** A site, an article with its open thread, and a signed-in author, all of this test's own. */
export async function seedThread() {
  const site = await seedSite();
  const article = await seedArticle({ siteId: site.id, title: "Harbour reopens after storm", body: "Boats are back." });
  const author = await seedViewer({ name: `Author ${randomUUID().slice(0, 6)}` });
  return { site, article, threadId: article.threadId, thread: { id: article.threadId, isClosed: false }, author };
}

type PostOptions = { parentId?: number; now?: Date };

/** Posts as `viewer` from an address of its own, so the per-IP limit never joins in. */
export async function post(viewer: Viewer, threadId: number, body: string, { parentId, now = at(0) }: PostOptions = {}) {
  const { id } = await postComment(viewer, { threadId, parentId, body }, { now, ip: randomUUID() });
  return id;
}

/**
 * A thread with `count` top-level comments, oldest first, by five authors. Every
 * three share one created_at to the microsecond, and each group is 61 s after the
 * last, so no author posts twice in one rate-limit minute.
 */
export async function seedThreadWithComments(count: number) {
  const world = await seedThread();
  const authors = await Promise.all(Array.from({ length: 5 }, (_, i) => seedViewer({ name: `Writer ${i}` })));
  const createdAt = (i: number) => at(Math.floor(i / 3) * 61_000);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await post(authors[i % 5]!, world.threadId, `Top-level comment number ${i}`, { now: createdAt(i) }));
  return { ...world, authors, ids, createdAt };
}

export async function commentRow(id: number) {
  const [row] = await getDb().select().from(comments).where(eq(comments.id, id));
  return row;
}

export async function commentsOf(threadId: number) {
  return getDb().select().from(comments).where(eq(comments.threadId, threadId)).orderBy(asc(comments.id));
}

export async function commentCountOf(threadId: number) {
  const [thread] = await getDb().select({ commentCount: threads.commentCount }).from(threads).where(eq(threads.id, threadId));
  return thread!.commentCount;
}

/** Awaits a promise expected to fail with an AppError of `code`, and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
