import "server-only";
import type { Transaction } from "@/db/client";
import { moderationActions } from "@/db/schema";

type ActionKind = (typeof moderationActions.$inferInsert)["kind"];

export type AuditEntry = {
  kind: ActionKind;
  /** Null for an automatic decision; then `rule` says which rule made it. */
  actorId: string | null;
  rule?: string | null;
  commentId?: number | null;
  targetUserId?: string | null;
  threadId?: number | null;
  siteId?: number | null;
  reason?: string | null;
  statusBefore?: string | null;
  statusAfter?: string | null;
  now: Date;
};

/** Appends one decision to the audit log, inside the transaction that made it. */
export async function recordModerationAction(tx: Transaction, entry: AuditEntry): Promise<void> {
  const { now, ...values } = entry;
  await tx.insert(moderationActions).values({ ...values, createdAt: now });
}
