import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { siteBans, sites, users } from "@/db/schema";
import { toViewer } from "@/lib/auth/to-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "./audit";
import { hasRole, requireRole } from "./require-role";
import { BAN_DURATIONS, banUserSchema, unbanUserSchema } from "./schemas";

const DAY = 24 * 3600_000;

/**
 * Bans a reader for a while or for good, on one site or everywhere. They keep reading but
 * cannot post, vote or report there.
 */
export async function banUser(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const moderator = requireRole(viewer, "moderator");
  const input = parseInput(banUserSchema, raw, "Choose whom to ban, for how long and why.");
  const days = BAN_DURATIONS[input.duration];
  const until = days === null ? null : new Date(now.getTime() + days * DAY);
  return getDb().transaction(async (tx) => {
    const target = await lockTarget(tx, input.userId);
    if (target.id === moderator.id) throw new AppError("conflict", "You can't ban yourself.");
    const role = effectiveRole(target, now);
    if (role === "admin" || (role === "moderator" && !hasRole(moderator, "admin"))) {
      throw new AppError("forbidden", "Only an admin can ban a moderator, and admins can't be banned.");
    }
    const after = until ? `banned until ${until.toISOString()}` : "banned permanently";
    if (input.site) {
      const site = await findSite(tx, input.site);
      const [before] = await tx.select({ userId: siteBans.userId }).from(siteBans).where(and(eq(siteBans.siteId, site.id), eq(siteBans.userId, target.id)));
      const values = { bannedAt: now, bannedUntil: until, reason: input.reason };
      await tx.insert(siteBans).values({ siteId: site.id, userId: target.id, ...values }).onConflictDoUpdate({ target: [siteBans.siteId, siteBans.userId], set: values });
      await recordModerationAction(tx, { kind: "ban", actorId: moderator.id, targetUserId: target.id, siteId: site.id, reason: input.reason, statusBefore: before ? "banned on this site" : "active", statusAfter: `${after} on this site`, now });
      return { userId: target.id, until, site: { publicId: input.site, name: site.name } };
    }
    await tx.update(users).set({ bannedAt: now, bannedUntil: until, banReason: input.reason }).where(eq(users.id, target.id));
    await recordModerationAction(tx, {
      kind: "ban",
      actorId: moderator.id,
      targetUserId: target.id,
      reason: input.reason,
      statusBefore: target.bannedAt ? "banned" : "active",
      statusAfter: after,
      now,
    });
    return { userId: target.id, until, site: null };
  });
}

export async function unbanUser(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const moderator = requireRole(viewer, "moderator");
  const { userId, site: sitePublicId } = parseInput(unbanUserSchema, raw, "Choose whom to unban.");
  return getDb().transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    const site = sitePublicId ? await findSite(tx, sitePublicId) : null;
    const [siteBan] = site ? await tx.select({ userId: siteBans.userId }).from(siteBans).where(and(eq(siteBans.siteId, site.id), eq(siteBans.userId, target.id))) : [];
    if (site ? !siteBan : !target.bannedAt) throw new AppError("conflict", site ? "That reader isn't banned on this site." : "That reader isn't banned.");
    // As with bans: else a banned moderator, or a colleague, could undo an admin's ban.
    if (target.id === moderator.id) throw new AppError("conflict", "You can't unban yourself.");
    if (effectiveRole(target, now) !== "reader" && !hasRole(moderator, "admin")) {
      throw new AppError("forbidden", "Only an admin can unban a moderator or an admin.");
    }
    if (site) await tx.delete(siteBans).where(and(eq(siteBans.siteId, site.id), eq(siteBans.userId, target.id)));
    else await tx.update(users).set({ bannedAt: null, bannedUntil: null, banReason: null }).where(eq(users.id, target.id));
    await recordModerationAction(tx, { kind: "unban", actorId: moderator.id, targetUserId: target.id, siteId: site?.id ?? null, statusBefore: site ? "banned on this site" : "banned", statusAfter: "active", now });
    return { userId: target.id };
  });
}

// The role as toViewer makes it: an address in ADMIN_EMAILS is an admin whatever the row says.
function effectiveRole(target: Awaited<ReturnType<typeof lockTarget>>, now: Date) {
  return toViewer(target, now).role;
}

async function findSite(tx: Transaction, publicId: string) {
  const [site] = await tx.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.publicId, publicId));
  if (!site) throw new AppError("not_found", "That site doesn't exist.", { field: "site" });
  return site;
}

async function lockTarget(tx: Transaction, userId: string) {
  const [target] = await tx
    .select({ id: users.id, name: users.name, email: users.email, image: users.image, role: users.role, bannedAt: users.bannedAt, bannedUntil: users.bannedUntil, banReason: users.banReason, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!target) throw new AppError("not_found", "That reader doesn't exist.", { field: "userId" });
  return target;
}
