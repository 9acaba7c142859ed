import "server-only";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { embedThreadInputSchema } from "./embed-thread-input";
import { findThread } from "./find-thread";
import type { ThreadRecord } from "./thread-record";

type Options = { site: { id: number }; pageKey: unknown; url?: unknown; title?: unknown };

/**
 * A site's thread for a page, created on first view. The caller has already checked that the
 * embedding page's origin is one of the site's allowed origins: nothing here can tell.
 * Every later view only reads (an insert that does nothing would still be a write, and would use
 * up an id). Concurrent first views race on the (site_id, page_key) unique index; the loser's
 * insert does nothing and both read the one row. The URL and title are those of the first view.
 */
export async function findOrCreateEmbedThread({ site, ...input }: Options): Promise<ThreadRecord> {
  const parsed = embedThreadInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    throw new AppError("invalid_input", issue?.message ?? "Invalid page.", { field: field === "pageKey" ? "key" : field });
  }
  const { pageKey, url, title } = parsed.data;
  const existing = await findThread({ siteId: site.id, pageKey });
  if (existing) return existing;
  await getDb().insert(threads).values({ siteId: site.id, pageKey, url, title }).onConflictDoNothing({ target: [threads.siteId, threads.pageKey] });
  const created = await findThread({ siteId: site.id, pageKey });
  if (!created) throw new AppError("not_found", "That thread could not be created.");
  return created;
}
