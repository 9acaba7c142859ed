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
  threadId: number;
  parent: { id: number; excerpt: string; authorName: string } | null;
  author: AuthorHistory;
  reports: { reason: string; note: string | null; count: number }[];
  reporterCount: number;
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
  createdAt: Date;
};
