import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";

// Stand-in for lib/threads (findThread, findOrCreateEmbedThread): the merge replaces this file
// with re-exports of those.

export type EmbedThreadRow = { id: number; siteId: number; isClosed: boolean; createdAt: Date; url: string | null; title: string | null };

const columns = { id: threads.id, siteId: threads.siteId, isClosed: threads.isClosed, createdAt: threads.createdAt, url: threads.url, title: threads.title };

export async function findThread({ siteId, pageKey }: { siteId: number; pageKey: string }): Promise<EmbedThreadRow | null> {
  const [thread] = await getDb()
    .select(columns)
    .from(threads)
    .where(and(eq(threads.siteId, siteId), eq(threads.pageKey, pageKey)));
  return thread ?? null;
}

/** Creates the page's thread on its first view; the caller has already checked the page's origin. */
export async function findOrCreateEmbedThread(options: { site: { id: number }; pageKey: string; url?: string; title?: string }): Promise<EmbedThreadRow> {
  const { site, pageKey, url, title } = options;
  await getDb()
    .insert(threads)
    .values({ siteId: site.id, pageKey, url: url ?? null, title: title ?? null })
    .onConflictDoNothing({ target: [threads.siteId, threads.pageKey] });
  const thread = await findThread({ siteId: site.id, pageKey });
  if (!thread) throw new Error("The thread just created cannot be read back.");
  return thread;
}
