import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import { moderationActionKind, moderationActions, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { displayNameOf } from "@/lib/auth/display-name";
import type { AuditLogEntry } from "./dto";
import { decodeNewestCursor, encodeNewestCursor } from "./keyset";
import { requireRole } from "./require-role";
import { microsecondIso } from "@/lib/sql/microsecond-instant";

export const logQuerySchema = z.object({
  kind: z.enum(moderationActionKind.enumValues).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  user: z.string().trim().max(100).optional().catch(undefined),
  comment: z.coerce.number().int().positive().optional().catch(undefined),
  automatic: z.literal("1").optional().catch(undefined),
  cursor: z.string().max(300).optional(),
});
export type LogQuery = z.infer<typeof logQuerySchema>;

const actors = alias(users, "actors");
const targets = alias(users, "targets");
const PAGE_SIZE = 50;

/** The audit log, newest first, filterable by kind, actor, affected user, comment or automatic decisions. */
export async function listModerationLog(viewer: Viewer | null, query: LogQuery): Promise<{ items: AuditLogEntry[]; nextCursor: string | null }> {
  requireRole(viewer, "moderator");
  const after = decodeNewestCursor(query.cursor);
  const a = moderationActions;
  const conditions = [
    query.kind ? eq(a.kind, query.kind) : undefined,
    query.actor ? eq(a.actorId, query.actor) : undefined,
    query.user ? eq(a.targetUserId, query.user) : undefined,
    query.comment ? eq(a.commentId, query.comment) : undefined,
    query.automatic ? sql`${a.actorId} is null` : undefined,
    after ? sql`(${a.createdAt}, ${a.id}) < (${after.at}::timestamptz, ${after.id}::bigint)` : undefined,
  ];
  const rows = await getDb()
    .select({
      id: a.id,
      kind: a.kind,
      actorId: a.actorId,
      actorName: actors.name,
      rule: a.rule,
      commentId: a.commentId,
      targetId: a.targetUserId,
      targetName: targets.name,
      threadId: a.threadId,
      reason: a.reason,
      statusBefore: a.statusBefore,
      statusAfter: a.statusAfter,
      commentRevision: a.commentRevision,
      contentHash: a.contentHash,
      createdAt: a.createdAt,
      createdAtKey: microsecondIso(a.createdAt),
    })
    .from(a)
    .leftJoin(actors, eq(actors.id, a.actorId))
    .leftJoin(targets, eq(targets.id, a.targetUserId))
    .where(and(...conditions))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      actor: r.actorId ? { id: r.actorId, displayName: displayNameOf({ id: r.actorId, name: r.actorName }) } : null,
      rule: r.rule,
      commentId: r.commentId,
      target: r.targetId ? { id: r.targetId, displayName: displayNameOf({ id: r.targetId, name: r.targetName }) } : null,
      threadId: r.threadId,
      reason: r.reason,
      statusBefore: r.statusBefore,
      statusAfter: r.statusAfter,
      commentRevision: r.commentRevision,
      contentHash: r.contentHash,
      createdAt: r.createdAt,
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? encodeNewestCursor({ at: last.createdAtKey, id: last.id }) : null,
  };
}
