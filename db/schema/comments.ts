import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { threads } from "./threads";
import { users } from "./users";

export const commentStatus = pgEnum("comment_status", ["published", "pending", "rejected", "spam"]);

export const comments = pgTable(
  "comments",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    threadId: bigint({ mode: "number" })
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    parentId: bigint({ mode: "number" }).references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    /** The top-level comment this one hangs under; null for a top-level comment. */
    rootId: bigint({ mode: "number" }).references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    /** Nesting level shown: 0 for top-level, at most MAX_NESTING; deeper replies stay at the cap. */
    depth: smallint().notNull().default(0),
    /**
     * Materialized path of fixed-width ancestor ids ending with this comment's own id.
     * Ordering a subtree by path gives depth-first order with siblings oldest first,
     * and the ids in it are the comment's ancestors, so neither needs a recursive query.
     */
    path: text().notNull().default(""),
    authorId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    bodyMarkdown: text().notNull(),
    /** Rendered and sanitized once, on write; pages show this as is. */
    bodyHtml: text().notNull(),
    /** The number of the latest row in comment_revisions: the text shown now. Moderators decide on a revision. */
    revision: integer().notNull().default(1),
    status: commentStatus().notNull().default("published"),
    upvotes: integer().notNull().default(0),
    downvotes: integer().notNull().default(0),
    score: integer().generatedAlwaysAs(sql`upvotes - downvotes`),
    // Lower bound of the Wilson score interval (95 %) on the share of upvotes: "best" order.
    bestRank: doublePrecision().generatedAlwaysAs(
      sql`CASE WHEN upvotes + downvotes = 0 THEN 0 ELSE ((upvotes + 1.9208) / (upvotes + downvotes) - 1.96 * sqrt((upvotes::float8 * downvotes) / (upvotes + downvotes) + 0.9604) / (upvotes + downvotes)) / (1 + 3.8416 / (upvotes + downvotes)) END`,
    ),
    /** Direct replies still stored (a deleted comment with none disappears). */
    replyCount: integer().notNull().default(0),
    /** On a top-level comment: published replies anywhere below it, for "show N more replies". */
    descendantCount: integer().notNull().default(0),
    /** Pinned to the top of its thread with a "Featured" badge. */
    isFeatured: boolean().notNull().default(false),
    /** Readers (distinct) who reported it and are not yet answered by a moderator. */
    openReportCount: integer().notNull().default(0),
    /** Why it is pending or rejected: the rule that fired, or the moderator's reason shown to the author. */
    moderationReason: text(),
    /** The automatic rule that held it, if any (shown to moderators). */
    heldByRule: text(),
    moderatedAt: timestamp({ mode: "date", withTimezone: true }),
    /** When it joined the pending queue: when it was held, or last edited while held. The queue's order. */
    queuedAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ mode: "date", withTimezone: true }),
    deletedAt: timestamp({ mode: "date", withTimezone: true }),
  },
  (t) => [
    index("comments_thread_id_best_rank_id_idx")
      .on(t.threadId, t.bestRank.desc(), t.id.desc())
      .where(sql`${t.parentId} IS NULL`),
    index("comments_thread_id_created_at_id_idx")
      .on(t.threadId, t.createdAt, t.id)
      .where(sql`${t.parentId} IS NULL`),
    index("comments_root_id_path_idx").on(t.rootId, t.path),
    index("comments_thread_id_featured_id_idx")
      .on(t.threadId, t.id.desc())
      .where(sql`${t.parentId} IS NULL AND ${t.isFeatured}`),
    index("comments_parent_id_idx").on(t.parentId),
    index("comments_author_id_created_at_idx").on(t.authorId, t.createdAt),
    // Moderation queues: newest first within a status, and the reported queue.
    index("comments_status_created_at_id_idx").on(t.status, t.createdAt.desc(), t.id.desc()),
    index("comments_queued_at_id_idx")
      .on(t.queuedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'pending'`),
    index("comments_open_report_count_created_at_id_idx")
      .on(t.createdAt.desc(), t.id.desc())
      .where(sql`${t.openReportCount} > 0`),
  ],
);

/**
 * Every text a comment has had, the current one included (its highest revision).
 * An edit adds a row and never changes one, so a moderator's decision, audited with
 * its revision and the text's hash, can always be traced to the words decided on.
 * Erased with the text when the author deletes the comment.
 */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    commentId: bigint({ mode: "number" })
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    bodyMarkdown: text().notNull(),
    bodyHtml: text().notNull(),
    editorId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.revision] })],
);
