import "server-only";
import { and, desc, ilike, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
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
  return rows.map((r) => {
    const v = toViewer(r);
    return { id: r.id, displayName: v.displayName, email: r.email, role: v.role, listedAdmin: isListedAdmin(r), joinedAt: r.createdAt, ban: v.ban };
  });
}
