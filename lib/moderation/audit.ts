import "server-only";
import type { Transaction } from "@/db/client";
import { moderationActions } from "@/db/schema";
import { contentHash } from "@/lib/comments/revisions";

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
  /** The comment's text the decision was made on: stored as its revision and the markdown's hash. */
  decidedOn?: { revision: number; markdown: string };
  now: Date;
};

/** Appends one decision to the audit log, inside the transaction that made it. */
export async function recordModerationAction(tx: Transaction, entry: AuditEntry): Promise<void> {
  const { now, decidedOn, ...values } = entry;
  const text = decidedOn ? { commentRevision: decidedOn.revision, contentHash: contentHash(decidedOn.markdown) } : {};
  await tx.insert(moderationActions).values({ ...values, ...text, createdAt: now });
}
