import "server-only";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { commentReports, comments, users } from "@/db/schema";
import { displayNameOf } from "@/lib/auth/display-name";
import { toViewer } from "@/lib/auth/to-viewer";
import type { AuthorHistory } from "./dto";

/** Each author's record: account age, comments published and rejected, reports against them. */
export async function loadAuthorHistories(authorIds: string[]): Promise<Map<string, AuthorHistory>> {
  if (authorIds.length === 0) return new Map();
  const db = getDb();
  const [people, tallies, reported] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, image: users.image, role: users.role, createdAt: users.createdAt, bannedAt: users.bannedAt, bannedUntil: users.bannedUntil, banReason: users.banReason, emailVerified: users.emailVerified })
      .from(users)
      .where(inArray(users.id, authorIds)),
    db
      .select({
        authorId: comments.authorId,
        published: sql<number>`count(*) filter (where ${comments.status} = 'published')`.mapWith(Number),
        rejected: sql<number>`count(*) filter (where ${comments.status} in ('rejected', 'spam'))`.mapWith(Number),
      })
      .from(comments)
      .where(inArray(comments.authorId, authorIds))
      .groupBy(comments.authorId),
    db
      .select({ authorId: comments.authorId, n: count() })
      .from(commentReports)
      .innerJoin(comments, eq(comments.id, commentReports.commentId))
      .where(inArray(comments.authorId, authorIds))
      .groupBy(comments.authorId),
  ]);
  const tally = new Map(tallies.map((t) => [t.authorId, t]));
  const reports = new Map(reported.map((r) => [r.authorId, r.n]));
  return new Map(
    people.map((p) => {
      const viewer = toViewer(p);
      return [
        p.id,
        {
          id: p.id,
          displayName: viewer.displayName,
          joinedAt: p.createdAt,
          publishedCount: tally.get(p.id)?.published ?? 0,
          rejectedCount: tally.get(p.id)?.rejected ?? 0,
          reportsAgainst: reports.get(p.id) ?? 0,
          ban: viewer.ban,
          role: viewer.role,
        },
      ];
    }),
  );
}

const parentAuthors = alias(users, "parent_authors");

/** The comments being replied to, as a short excerpt for context. */
export async function loadParents(parentIds: number[]) {
  if (parentIds.length === 0) return new Map<number, { id: number; excerpt: string; authorName: string }>();
  const rows = await getDb()
    .select({ id: comments.id, text: sql<string>`left(${comments.bodyMarkdown}, 240)`, deletedAt: comments.deletedAt, authorId: parentAuthors.id, authorName: parentAuthors.name })
    .from(comments)
    .innerJoin(parentAuthors, eq(parentAuthors.id, comments.authorId))
    .where(inArray(comments.id, parentIds));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, excerpt: r.deletedAt ? "[deleted]" : r.text, authorName: displayNameOf({ id: r.authorId, name: r.authorName }) },
    ]),
  );
}

/** Open reports per comment, grouped by reason and note, and how many distinct readers sent them. */
export async function loadOpenReports(commentIds: number[]) {
  const result = new Map<number, { reporters: number; reasons: { reason: string; note: string | null; count: number }[] }>();
  if (commentIds.length === 0) return result;
  const rows = await getDb()
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note, n: count() })
    .from(commentReports)
    .where(and(inArray(commentReports.commentId, commentIds), isNull(commentReports.resolvedAt)))
    .groupBy(commentReports.commentId, commentReports.reason, commentReports.note);
  for (const r of rows) {
    const entry = result.get(r.commentId) ?? { reporters: 0, reasons: [] };
    entry.reporters += r.n;
    entry.reasons.push({ reason: r.reason, note: r.note, count: r.n });
    result.set(r.commentId, entry);
  }
  return result;
}
