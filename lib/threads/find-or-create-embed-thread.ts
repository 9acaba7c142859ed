import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { embedThreadInputSchema } from "./embed-thread-input";
import { type ThreadRecord, threadColumns } from "./thread-record";

type Options = { site: { id: number }; pageKey: unknown; url?: unknown; title?: unknown };

/**
 * A site's thread for a page, created on first view. The caller has already checked that the
 * embedding page's origin is one of the site's allowed origins: nothing here can tell.
 * Concurrent first views race on the (site_id, page_key) unique index; the loser's insert does
 * nothing and both read the one row. The URL and title are those of the first view.
 */
export async function findOrCreateEmbedThread({ site, ...input }: Options): Promise<ThreadRecord> {
  const parsed = embedThreadInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    throw new AppError("invalid_input", issue?.message ?? "Invalid page.", { field: field === "pageKey" ? "key" : field });
  }
  const { pageKey, url, title } = parsed.data;
  const db = getDb();
  await db.insert(threads).values({ siteId: site.id, pageKey, url, title }).onConflictDoNothing({ target: [threads.siteId, threads.pageKey] });
  const [row] = await db
    .select(threadColumns)
    .from(threads)
    .where(and(eq(threads.siteId, site.id), eq(threads.pageKey, pageKey)))
    .limit(1);
  if (!row) throw new AppError("not_found", "That thread could not be created.");
  return row;
}
