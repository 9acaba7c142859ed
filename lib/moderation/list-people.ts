import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { siteBans, sites, users } from "@/db/schema";
import { isListedAdmin, toViewer } from "@/lib/auth/to-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { requireRole } from "./require-role";

export type PersonRow = {
  id: string;
  displayName: string;
  email: string | null;
  role: Viewer["role"];
  /** An admin through ADMIN_EMAILS: the role can't be changed in the app. */
  listedAdmin: boolean;
  joinedAt: Date;
  ban: Viewer["ban"];
  /** Bans on single sites, lifted one by one. */
  siteBans: { publicId: string; name: string; until: Date | null }[];
};

/** Accounts for the admins' people page: newest first, or matching a name or email. */
export async function listPeople(viewer: Viewer | null, search: string | undefined, limit = 50): Promise<PersonRow[]> {
  requireRole(viewer, "moderator");
  const term = search?.trim().slice(0, 100);
  const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, image: users.image, role: users.role, createdAt: users.createdAt, bannedAt: users.bannedAt, bannedUntil: users.bannedUntil, banReason: users.banReason, emailVerified: users.emailVerified })
    .from(users)
    .where(and(pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : sql`true`))
    .orderBy(desc(users.createdAt))
    .limit(limit);
  const siteBans = await loadSiteBans(rows.map((r) => r.id));
  return rows.map((r) => {
    const v = toViewer(r);
    return { id: r.id, displayName: v.displayName, email: r.email, role: v.role, listedAdmin: isListedAdmin(r), joinedAt: r.createdAt, ban: v.ban, siteBans: siteBans.get(r.id) ?? [] };
  });
}

// Ended ones included: an ended site ban is still a row, and lifting it tidies up.
async function loadSiteBans(userIds: string[]) {
  const result = new Map<string, PersonRow["siteBans"]>();
  if (userIds.length === 0) return result;
  const rows = await getDb()
    .select({ userId: siteBans.userId, publicId: sites.publicId, name: sites.name, until: siteBans.bannedUntil })
    .from(siteBans)
    .innerJoin(sites, eq(sites.id, siteBans.siteId))
    .where(inArray(siteBans.userId, userIds))
    .orderBy(asc(sites.name));
  for (const { userId, ...ban } of rows) result.set(userId, [...(result.get(userId) ?? []), ban]);
  return result;
}
