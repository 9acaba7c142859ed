import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "./audit";
import { getModerationSettings } from "./get-moderation-settings";
import { hasRole } from "./require-role";
import { evaluateRules } from "./rules";

type Screening = {
  author: Viewer;
  text: string;
  html: string;
  threadId: number;
  siteId: number;
  isThreadPremoderated: boolean;
  /** An edit is screened again, except for the new-account rule; on a pre-moderated thread it waits again. */
  isEdit?: boolean;
  now: Date;
};

export type ScreenResult = { status: "published" | "pending"; rule: string | null; reason: string | null };

/**
 * Runs the site's automatic rules on a comment about to be written. A refusal is
 * audited and thrown as invalid_input with the rule's message; a hold comes back
 * as "pending" with the rule that fired. Moderators' own comments are not screened.
 */
export async function screenComment(s: Screening): Promise<ScreenResult> {
  if (hasRole(s.author, "moderator")) return { status: "published", rule: null, reason: null };
  const db = getDb();
  const settings = await getModerationSettings(db, s.siteId);
  const screened = s.isEdit ? { ...settings, newAccountHoldCount: 0 } : settings;
  const authorPublishedCount = screened.newAccountHoldCount > 0 ? await countPublished(s.author.id, screened.newAccountHoldCount) : 0;
  const result = evaluateRules(
    { text: s.text, html: s.html, authorPublishedCount, isThreadPremoderated: s.isThreadPremoderated },
    screened,
  );
  const first = result.fired[0];
  if (result.decision === "refuse" && first) {
    await db.transaction((tx) =>
      recordModerationAction(tx, { kind: "refuse", actorId: null, rule: first.rule, targetUserId: s.author.id, threadId: s.threadId, siteId: s.siteId, reason: first.reason, now: s.now }),
    );
    throw new AppError("invalid_input", first.reason, { field: "body" });
  }
  if (result.decision === "hold" && first) return { status: "pending", rule: first.rule, reason: first.reason };
  return { status: "published", rule: null, reason: null };
}

// Counts at most `enough` rows: the rule only asks whether the author has reached it.
async function countPublished(authorId: string, enough: number): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(
      getDb()
        .select({ one: sql`1` })
        .from(comments)
        .where(and(eq(comments.authorId, authorId), eq(comments.status, "published")))
        .limit(enough)
        .as("published"),
    );
  return row?.n ?? 0;
}
