import { bigint, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { comments } from "./comments";
import { users } from "./users";

export const reportReason = pgEnum("report_reason", ["spam", "abuse", "off_topic", "other"]);

/** A reader's report of a comment; one per reader per comment. */
export const commentReports = pgTable(
  "comment_reports",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    commentId: bigint({ mode: "number" })
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reporterId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: reportReason().notNull(),
    note: text(),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ mode: "date", withTimezone: true }),
  },
  (t) => [
    uniqueIndex("comment_reports_comment_id_reporter_id_idx").on(t.commentId, t.reporterId),
    index("comment_reports_created_at_id_idx").on(t.createdAt, t.id),
  ],
);
