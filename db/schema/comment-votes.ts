import { bigint, index, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { comments } from "./comments";
import { users } from "./users";

/** One vote per user per comment: +1 or -1. The comment's tallies are kept in step in the same transaction. */
export const commentVotes = pgTable(
  "comment_votes",
  {
    commentId: bigint({ mode: "number" })
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    value: smallint().notNull(),
    createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index("comment_votes_user_id_idx").on(t.userId)],
);
