import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import { type EmbedSite, embedSiteColumns } from "@/lib/sites/get-site";
import { type ThreadRecord, threadColumns } from "./thread-record";

/**
 * A site by its public id and its thread for a page, in one read (the embed's every view starts
 * here): null for an unknown site, `thread: null` for a page never viewed. Reading never creates.
 */
export async function findSiteThread(publicId: string, pageKey: string): Promise<{ site: EmbedSite; thread: ThreadRecord | null } | null> {
  if (!/^[a-z0-9]{1,40}$/.test(publicId)) return null;
  const [row] = await getDb()
    .select({ site: embedSiteColumns, thread: threadColumns })
    .from(sites)
    .leftJoin(threads, and(eq(threads.siteId, sites.id), eq(threads.pageKey, pageKey)))
    .where(eq(sites.publicId, publicId))
    .limit(1);
  return row ? { site: row.site, thread: row.thread } : null;
}
