import type { DiffPart } from "@/lib/text/word-diff";

export type QueueName = "pending" | "reported" | "rejected" | "all";

export type AuthorHistory = {
  id: string;
  displayName: string;
  joinedAt: Date;
  publishedCount: number;
  rejectedCount: number;
  reportsAgainst: number;
  ban: { until: Date | null; reason: string } | null;
  role: "reader" | "moderator" | "admin";
};

/** One comment in a moderation queue, with what a moderator needs to decide. */
export type QueueEntry = {
  id: number;
  html: string;
  status: "published" | "pending" | "rejected" | "spam";
  isDeleted: boolean;
  isFeatured: boolean;
  isTopLevel: boolean;
  createdAt: Date;
  heldByRule: string | null;
  moderationReason: string | null;
  article: { slug: string; title: string } | null;
  /** An embedded thread's page, as its publisher's snippet gave it; `url` is http(s) or null. */
  page: { url: string | null; title: string | null } | null;
  site: { publicId: string; name: string };
  threadId: number;
  parent: { id: number; excerpt: string; authorName: string } | null;
  author: AuthorHistory;
  reports: { reason: string; note: string | null; count: number }[];
  reporterCount: number;
  /** The revision shown: a decision carries it back, and is refused if the text moved on. */
  revision: number;
  /** The latest changes, newest first (at most five): what an edit changed. */
  recentChanges: RevisionView[];
};

/** One stored text of a comment, for moderators only. */
export type RevisionView = {
  revision: number;
  markdown: string;
  createdAt: Date;
  /** sha256 (hex) of the markdown, as the audit log records it. */
  contentHash: string;
  /** Word by word from the revision before; null for the first text. */
  changes: DiffPart[] | null;
};

export type CommentHistory = {
  commentId: number;
  status: QueueEntry["status"];
  isDeleted: boolean;
  revision: number;
  article: { slug: string; title: string } | null;
  /** Newest first; at most HISTORY_LIMIT of them. */
  revisions: RevisionView[];
};

export type AuditLogEntry = {
  id: number;
  kind: string;
  actor: { id: string; displayName: string } | null;
  rule: string | null;
  commentId: number | null;
  target: { id: string; displayName: string } | null;
  threadId: number | null;
  reason: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  /** The comment's revision the decision was made on, and the sha256 of its markdown. */
  commentRevision: number | null;
  contentHash: string | null;
  createdAt: Date;
};
