import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { commentReports, comments, moderationActions, moderationSettings, threads, users } from "@/db/schema";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { seedThread } from "@/lib/comments/testing";
import type { Viewer } from "@/lib/auth/viewer";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { DEFAULT_MODERATION_SETTINGS, type ModerationRuleSettings } from "./rules";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const seedModerator = (name = "Moderator") => seedViewer({ role: "moderator", name });
export const seedAdmin = (name = "Admin") => seedViewer({ role: "admin", name });

/** Gives a test's own site its rules: the defaults, changed by `overrides`. */
export async function setSiteRules(siteId: number, overrides: Partial<ModerationRuleSettings> = {}) {
  const rules = { ...DEFAULT_MODERATION_SETTINGS, ...overrides };
  const values = { ...rules, bannedWords: [...rules.bannedWords], suspectWords: [...rules.suspectWords] };
  await getDb().insert(moderationSettings).values({ siteId, ...values }).onConflictDoUpdate({ target: moderationSettings.siteId, set: values });
}

/** seedThread's world on a site with these rules, and a moderator to act on it. */
export async function seedModeratedThread(rules: Partial<ModerationRuleSettings> = {}) {
  const world = await seedThread();
  await setSiteRules(world.site.id, rules);
  return { ...world, moderator: await seedModerator() };
}

type AuditFilter = { commentId?: number; targetUserId?: string; threadId?: number; siteId?: number; actorId?: string };

/** The audit rows matching every given field, oldest first, without their ids. */
export async function auditRows(filter: AuditFilter) {
  const a = moderationActions;
  const columns = { commentId: a.commentId, targetUserId: a.targetUserId, threadId: a.threadId, siteId: a.siteId, actorId: a.actorId };
  const conditions = Object.entries(filter).map(([key, value]) => eq(columns[key as keyof AuditFilter], value as never));
  if (conditions.length === 0) throw new Error("auditRows needs a filter: the log is shared by every test.");
  return getDb()
    .select({
      kind: a.kind,
      actorId: a.actorId,
      rule: a.rule,
      commentId: a.commentId,
      targetUserId: a.targetUserId,
      threadId: a.threadId,
      siteId: a.siteId,
      reason: a.reason,
      statusBefore: a.statusBefore,
      statusAfter: a.statusAfter,
      createdAt: a.createdAt,
    })
    .from(a)
    .where(and(...conditions))
    .orderBy(asc(a.createdAt), asc(a.id));
}

export async function threadRow(threadId: number) {
  const [row] = await getDb()
    .select({ isClosed: threads.isClosed, isPremoderated: threads.isPremoderated, commentCount: threads.commentCount })
    .from(threads)
    .where(eq(threads.id, threadId));
  return row!;
}

/** A user's row with exactly the columns toViewer reads. */
export async function userRow(id: string) {
  const [row] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, image: users.image, role: users.role, bannedAt: users.bannedAt, bannedUntil: users.bannedUntil, banReason: users.banReason, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, id));
  return row!;
}

export async function reportsOn(commentId: number) {
  return getDb()
    .select({ reporterId: commentReports.reporterId, reason: commentReports.reason, resolvedAt: commentReports.resolvedAt })
    .from(commentReports)
    .where(eq(commentReports.commentId, commentId))
    .orderBy(asc(commentReports.id));
}

/** The ids of every comment on a thread's first page, replies included, as `viewer` reads it. */
export async function visibleIds(threadId: number, viewer: Viewer | null, now: Date): Promise<number[]> {
  const page = await listThreadComments({ thread: { id: threadId, isClosed: false }, sort: "oldest", viewer, now });
  return page.items.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]);
}

/** A decision's comments as a moderator who has just read them: each with its current revision (1 if none). */
export async function seen(commentIds: number[]) {
  const rows = await getDb().select({ id: comments.id, revision: comments.revision }).from(comments).where(inArray(comments.id, commentIds));
  const current = new Map(rows.map((r) => [r.id, r.revision]));
  return { commentIds, revisions: Object.fromEntries(commentIds.map((id) => [id, current.get(id) ?? 1])) };
}
