/** One comment as a reader sees it. Never carries an email or any other private column. */
export type CommentView = {
  id: number;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  path: string;
  author: { id: string; displayName: string; image: string | null };
  /** Sanitized on write; empty for a deleted comment. */
  html: string;
  /** The source text, only for its author while it can still be edited. */
  editableMarkdown: string | null;
  /** No content to show: deleted by its author, or removed by a moderator while replies hang under it. */
  isDeleted: boolean;
  /** What stands in for the content when there is none. */
  placeholder: "[deleted]" | "[removed by a moderator]" | null;
  status: "published" | "pending" | "rejected" | "spam";
  isFeatured: boolean;
  /** Why it waits or was rejected: shown to its author and to moderators (who also see the rule). */
  moderation: { reason: string | null; rule: string | null } | null;
  /** For moderators only: the revision shown and how often it was edited. Null for everyone else. */
  review: { revision: number; editCount: number } | null;
  createdAt: Date;
  editedAt: Date | null;
  upvotes: number;
  downvotes: number;
  score: number;
  /** Set when the reply sits at the nesting cap, so its indentation no longer shows whom it answers. */
  replyingTo: string | null;
  viewerVote: -1 | 0 | 1;
  can: { reply: boolean; edit: boolean; delete: boolean; vote: boolean; report: boolean; moderate: boolean };
};

/** A top-level comment with the first of its replies, depth-first. */
export type CommentTree = CommentView & {
  replies: CommentView[];
  /** Replies under this comment not in `replies`. */
  moreReplies: number;
  /** Path of the last reply shown: where "show more replies" continues. */
  repliesCursor: string | null;
};

export type ThreadPage = {
  items: CommentTree[];
  nextCursor: string | null;
};
