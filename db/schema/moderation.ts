import { bigint, boolean, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sites } from "./sites";

/** A site's automatic moderation rules, edited at /moderate/settings. */
export const moderationSettings = pgTable("moderation_settings", {
  siteId: bigint({ mode: "number" })
    .primaryKey()
    .references(() => sites.id, { onDelete: "cascade" }),
  /** Every new comment on the site waits for approval. */
  premoderation: boolean().notNull().default(false),
  /** Comments containing these are refused with a message. */
  bannedWords: text().array().notNull().default([]),
  /** Comments containing these wait for a moderator. */
  suspectWords: text().array().notNull().default([]),
  /** More links than this holds a comment; null turns the rule off. */
  maxLinks: integer().default(3),
  /** A new account's first comments wait for approval; 0 turns the rule off. */
  newAccountHoldCount: integer().notNull().default(0),
  /** This many distinct reports hide a comment until a moderator reviews it; null turns the rule off. */
  reportHideThreshold: integer().default(3),
  updatedAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
});

export const moderationActionKind = pgEnum("moderation_action_kind", [
  "hold",
  "refuse",
  "hide",
  "approve",
  "reject",
  "spam",
  "feature",
  "unfeature",
  "ban",
  "unban",
  "close_thread",
  "reopen_thread",
  "set_premoderation",
  "change_role",
  "update_settings",
]);

/**
 * The audit log: one row per moderation decision, human (actor set) or automatic
 * (actor null, rule set). Append-only: a trigger in the migration refuses UPDATE
 * and DELETE, and ids are plain columns (no foreign keys) so nothing cascades into it.
 */
export const moderationActions = pgTable(
  "moderation_actions",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: moderationActionKind().notNull(),
    actorId: text(),
    rule: text(),
    commentId: bigint({ mode: "number" }),
    targetUserId: text(),
    threadId: bigint({ mode: "number" }),
    siteId: bigint({ mode: "number" }),
    reason: text(),
    statusBefore: text(),
    statusAfter: text(),
    /** On a decision about a comment: the revision decided on, and the sha256 (hex) of its markdown. */
    commentRevision: integer(),
    contentHash: text(),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("moderation_actions_created_at_id_idx").on(t.createdAt.desc(), t.id.desc()),
    index("moderation_actions_comment_id_idx").on(t.commentId),
    index("moderation_actions_target_user_id_idx").on(t.targetUserId),
  ],
);
