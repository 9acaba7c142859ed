import "server-only";
import { and, eq } from "drizzle-orm";
import { type Database, type Transaction, getDb } from "@/db/client";
import { siteBans, sites } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { formatExactTime } from "@/lib/time/relative-time";
import { isThreadClosed } from "./is-thread-closed";

export type CommentWrite = "post" | "edit" | "delete" | "vote" | "report";
type Thread = { siteId: number; createdAt: Date; isClosed: boolean };
type Options = { action?: CommentWrite; db?: Database | Transaction };

/**
 * The per-site rules for a comment write, after the global ones (signed in, not banned
 * everywhere). An SSO user writes on their own site only. A site ban stops every write
 * there but deleting one's own words, as a global ban does. A closed thread (by flag or
 * by age) takes no new comments; what is in it can still be edited, voted and reported,
 * as the thread UI offers.
 */
export async function requireMayWrite(viewer: Viewer, thread: Thread, now: Date, { action = "post", db = getDb() }: Options = {}): Promise<void> {
  if (viewer.siteId !== null && viewer.siteId !== thread.siteId) {
    throw new AppError("forbidden", "Your account belongs to another site: you can comment only on that site's pages.");
  }
  const [site] = await db
    .select({ closeAfterDays: sites.closeAfterDays, bannedUntil: siteBans.bannedUntil, banReason: siteBans.reason, banned: siteBans.userId })
    .from(sites)
    .leftJoin(siteBans, and(eq(siteBans.siteId, sites.id), eq(siteBans.userId, viewer.id)))
    .where(eq(sites.id, thread.siteId));
  if (!site) throw new AppError("not_found", "That discussion doesn't exist.");
  if (action !== "delete" && site.banned !== null && (site.bannedUntil === null || site.bannedUntil > now)) {
    const until = site.bannedUntil ? `until ${formatExactTime(site.bannedUntil)}` : "permanently";
    const reason = site.banReason ? ` Reason: ${site.banReason}` : "";
    throw new AppError("forbidden", `You are banned from commenting on this site ${until}.${reason}`);
  }
  if (action === "post" && isThreadClosed(thread, site, now)) throw new AppError("conflict", "Comments are closed on this article.");
}
