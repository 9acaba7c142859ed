import "server-only";
import { type SQL, eq, gt, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { comments, users } from "@/db/schema";
import { displayNameOf } from "@/lib/auth/display-name";
import type { Viewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/moderation/require-role";
import { EDIT_WINDOW_MS, MAX_NESTING } from "./constants";
import type { CommentView } from "./dto";
import { microsecondIso } from "@/lib/sql/microsecond-instant";

export const parentComments = alias(comments, "parent_comments");
export const parentAuthors = alias(users, "parent_authors");

/** Columns every comment read selects; join `users` on the author and the parent aliases on the parent. */
export const commentColumns = {
  id: comments.id,
  parentId: comments.parentId,
  rootId: comments.rootId,
  depth: comments.depth,
  path: comments.path,
  html: comments.bodyHtml,
  markdown: comments.bodyMarkdown,
  isFeatured: comments.isFeatured,
  moderationReason: comments.moderationReason,
  heldByRule: comments.heldByRule,
  status: comments.status,
  revision: comments.revision,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  deletedAt: comments.deletedAt,
  upvotes: comments.upvotes,
  downvotes: comments.downvotes,
  bestRank: comments.bestRank,
  createdAtKey: microsecondIso(comments.createdAt),
  descendantCount: comments.descendantCount,
  authorId: users.id,
  authorName: users.name,
  authorImage: users.image,
  parentDepth: parentComments.depth,
  parentDeletedAt: parentComments.deletedAt,
  parentAuthorName: parentAuthors.name,
  parentAuthorId: parentAuthors.id,
};

/**
 * Comments a viewer may see: published ones, their own whatever their status, and
 * a held or rejected comment that has replies, as a "[removed]" placeholder, so
 * its replies keep their place (see toCommentView).
 */
export function visibleTo(viewer: Viewer | null): SQL {
  if (hasRole(viewer, "moderator")) return sql`true`;
  const shown = or(eq(comments.status, "published"), gt(comments.replyCount, 0))!;
  return viewer ? or(shown, eq(comments.authorId, viewer.id))! : shown;
}

export const isTopLevel = isNull(comments.parentId);

export type ViewContext = { viewer: Viewer | null; votes: Map<number, number>; now: Date; threadOpen: boolean };

export function toCommentView(row: RawCommentRow, { viewer, votes, now, threadOpen }: ViewContext): CommentView {
  const isAuthor = viewer?.id === row.authorId;
  const isModerator = hasRole(viewer, "moderator");
  const isRemoved = row.status !== "published" && !isAuthor && !isModerator;
  const isDeleted = row.deletedAt !== null || isRemoved;
  const active = !!viewer && !isDeleted && row.status === "published";
  // A moderator's rejection stands on the text it judged: editComment refuses it, so no form is offered.
  const isRemovedByModerator = row.status === "rejected" || row.status === "spam";
  const canEdit = isAuthor && !isDeleted && !isRemovedByModerator && now.getTime() - row.createdAt.getTime() <= EDIT_WINDOW_MS;
  return {
    id: row.id,
    parentId: row.parentId,
    rootId: row.rootId,
    depth: row.depth,
    path: row.path,
    author: isDeleted
      ? { id: "", displayName: isRemoved ? "[removed]" : "[deleted]", image: null }
      : { id: row.authorId, displayName: displayNameOf({ id: row.authorId, name: row.authorName }), image: row.authorImage },
    html: isDeleted ? "" : row.html,
    editableMarkdown: canEdit ? row.markdown : null,
    isDeleted,
    placeholder: isRemoved ? "[removed by a moderator]" : isDeleted ? "[deleted]" : null,
    status: isRemoved ? "published" : row.status,
    isFeatured: row.isFeatured,
    // Authors learn why their comment waits or was rejected; moderators also see the rule.
    moderation:
      row.status !== "published" && (isAuthor || isModerator)
        ? { reason: row.moderationReason, rule: isModerator ? row.heldByRule : null }
        : null,
    // Only moderators learn revisions: a decision carries the one they saw.
    review: isModerator ? { revision: row.revision, editCount: row.revision - 1 } : null,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    upvotes: row.upvotes,
    downvotes: row.downvotes,
    score: row.upvotes - row.downvotes,
    replyingTo:
      row.parentDepth === null || row.parentDepth < MAX_NESTING
        ? null
        : row.parentDeletedAt
          ? "[deleted]"
          : displayNameOf({ id: row.parentAuthorId ?? "", name: row.parentAuthorName }),
    viewerVote: Math.sign(votes.get(row.id) ?? 0) as -1 | 0 | 1,
    can: {
      reply: active && threadOpen,
      edit: canEdit,
      delete: isAuthor && !isDeleted,
      vote: active && !isAuthor,
      report: active && !isAuthor,
      moderate: isModerator,
    },
  };
}

export type RawCommentRow = {
  id: number;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  path: string;
  html: string;
  markdown: string;
  isFeatured: boolean;
  moderationReason: string | null;
  heldByRule: string | null;
  status: CommentView["status"];
  revision: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  upvotes: number;
  downvotes: number;
  bestRank: number | null;
  createdAtKey: string;
  descendantCount: number;
  authorId: string;
  authorName: string | null;
  authorImage: string | null;
  parentDepth: number | null;
  parentDeletedAt: Date | null;
  parentAuthorName: string | null;
  parentAuthorId: string | null;
};

/** The base read of comments with their author and, for "replying to", their parent's author. */
export function selectCommentRows(db: Database) {
  return db
    .select(commentColumns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .leftJoin(parentComments, eq(parentComments.id, comments.parentId))
    .leftJoin(parentAuthors, eq(parentAuthors.id, parentComments.authorId))
    .$dynamic();
}
