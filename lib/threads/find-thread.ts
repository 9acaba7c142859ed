import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";
import { type ThreadRecord, threadColumns } from "./thread-record";

/** A site's thread by page key, or null: reading never creates one. */
export async function findThread({ siteId, pageKey }: { siteId: number; pageKey: string }): Promise<ThreadRecord | null> {
  const [row] = await getDb()
    .select(threadColumns)
    .from(threads)
    .where(and(eq(threads.siteId, siteId), eq(threads.pageKey, pageKey)))
    .limit(1);
  return row ?? null;
}
