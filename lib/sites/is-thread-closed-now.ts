import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import { isThreadClosed } from "./is-thread-closed";

/** isThreadClosed for a thread known by id only: its flag, its age and its site's closeAfterDays, in one read. */
export async function isThreadClosedNow(threadId: number, now: Date): Promise<boolean> {
  const [row] = await getDb()
    .select({ isClosed: threads.isClosed, createdAt: threads.createdAt, closeAfterDays: sites.closeAfterDays })
    .from(threads)
    .innerJoin(sites, eq(sites.id, threads.siteId))
    .where(eq(threads.id, threadId));
  return !!row && isThreadClosed(row, row, now);
}
