import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { MAX_PAGE_KEY_LENGTH } from "./embed-thread-input";
import { type ThreadRecord, threadColumns } from "./thread-record";

const paramsSchema = z.object({
  site: z.string({ error: "Name a site (its public id)." }).min(1, "Name a site (its public id).").max(64, "That is not a site id."),
  key: z.string({ error: "Name a page key." }).min(1, "Name a page key.").max(MAX_PAGE_KEY_LENGTH, `A page key can be at most ${MAX_PAGE_KEY_LENGTH} characters.`),
});

/**
 * A thread by its site's public id (what `data-site` carries) and page key, for readers of the
 * JSON API: bad parameters are refused, an unknown site or a page never viewed is not found.
 */
export async function findThreadByPublicSite(raw: { site: unknown; key: unknown }): Promise<ThreadRecord & { closeAfterDays: number | null }> {
  const parsed = paramsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_input", issue?.message ?? "Invalid query.", { field: String(issue?.path[0] ?? "") });
  }
  const [row] = await getDb()
    .select({ ...threadColumns, closeAfterDays: sites.closeAfterDays })
    .from(threads)
    .innerJoin(sites, eq(sites.id, threads.siteId))
    .where(and(eq(sites.publicId, parsed.data.site), eq(threads.pageKey, parsed.data.key)))
    .limit(1);
  if (!row) throw new AppError("not_found", "No thread with that key on that site.");
  return row;
}
