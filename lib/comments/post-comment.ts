import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { type Transaction, getDb } from "@/db/client";
import { comments, threads, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";
import { recordModerationAction } from "@/lib/moderation/audit";
import { requireNotBanned } from "@/lib/moderation/require-role";
import { screenComment } from "@/lib/moderation/screen-comment";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { DUPLICATE_WINDOW_MS, MAX_NESTING } from "./constants";
import { parseInput } from "@/lib/forms/parse-input";
import { parentPathOf, pathSegment } from "./path";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { requireMayWrite } from "@/lib/sites/require-may-write";
import { applyVisibilityChange } from "./visibility-counters";
import { recordRevision } from "./revisions";
import { postCommentSchema } from "./schemas";

type Options = { now?: Date; ip?: string };

/**
 * Posts a top-level comment or a reply, keeping the thread's and the parents'
 * counters in step. The site's rules may refuse it, or hold it for a moderator.
 */
export async function postComment(viewer: Viewer | null, raw: unknown, { now = new Date(), ip = "unknown" }: Options = {}) {
  const author = requireNotBanned(requireSignedIn(viewer, "comment"));
  const input = parseInput(postCommentSchema, raw, "Check your comment and try again.");
  const db = getDb();
  const [thread] = await db
    .select({ isClosed: threads.isClosed, siteId: threads.siteId, isPremoderated: threads.isPremoderated, createdAt: threads.createdAt })
    .from(threads)
    .where(eq(threads.id, input.threadId));
  if (!thread) throw new AppError("not_found", "That discussion doesn't exist.", { field: "threadId" });
  await requireMayWrite(author, thread, now);

  await enforceRateLimit(limits.postComment, author.id, now);
  await enforceRateLimit(limits.postCommentByIp, ip, now);
  const bodyHtml = renderCommentMarkdown(input.body);
  const screening = await screenComment({
    author,
    text: input.body,
    html: bodyHtml,
    threadId: input.threadId,
    siteId: thread.siteId,
    isThreadPremoderated: thread.isPremoderated,
    now,
  });
  const isPublished = screening.status === "published";

  return db.transaction(async (tx) => {
    await refuseDuplicate(tx, author.id, input.body, now);
    let placement = { depth: 0, rootId: null as number | null, parentPath: "" };
    if (input.parentId) {
      const [parent] = await tx
        .select({ threadId: comments.threadId, rootId: comments.rootId, depth: comments.depth, path: comments.path, status: comments.status, deletedAt: comments.deletedAt })
        .from(comments)
        .where(eq(comments.id, input.parentId))
        .for("update");
      if (!parent || parent.threadId !== input.threadId || parent.status !== "published") {
        throw new AppError("not_found", "The comment you are replying to doesn't exist.", { field: "parentId" });
      }
      if (parent.deletedAt) throw new AppError("conflict", "The comment you are replying to was deleted.", { field: "parentId" });
      const atCap = parent.depth >= MAX_NESTING;
      placement = {
        depth: atCap ? MAX_NESTING : parent.depth + 1,
        rootId: parent.rootId ?? input.parentId,
        parentPath: atCap ? parentPathOf(parent.path) : parent.path,
      };
    }
    const [created] = await tx
      .insert(comments)
      .values({
        threadId: input.threadId,
        parentId: input.parentId ?? null,
        rootId: placement.rootId,
        depth: placement.depth,
        authorId: author.id,
        bodyMarkdown: input.body,
        bodyHtml,
        status: screening.status,
        heldByRule: screening.rule,
        moderationReason: screening.reason,
        createdAt: now,
        queuedAt: now,
      })
      .returning({ id: comments.id, status: comments.status });
    const id = created!.id;
    await recordRevision(tx, { commentId: id, revision: 1, markdown: input.body, html: bodyHtml, editorId: author.id, now });
    await tx.update(comments).set({ path: placement.parentPath + pathSegment(id) }).where(eq(comments.id, id));
    if (input.parentId) {
      await tx.update(comments).set({ replyCount: sql`${comments.replyCount} + 1` }).where(eq(comments.id, input.parentId));
    }
    if (isPublished) {
      await applyVisibilityChange(tx, { threadId: input.threadId, rootId: placement.rootId, deletedAt: null }, 1);
    } else {
      await recordModerationAction(tx, {
        kind: "hold",
        actorId: null,
        rule: screening.rule,
        commentId: id,
        targetUserId: author.id,
        threadId: input.threadId,
        siteId: thread.siteId,
        reason: screening.reason,
        statusBefore: null,
        statusAfter: "pending",
        decidedOn: { revision: 1, markdown: input.body },
        now,
      });
    }
    return { id, status: created!.status };
  });
}

// The author's row is locked first so one author's posts go one at a time: a form
// submitted twice at once must find its twin, which a check outside the lock misses.
async function refuseDuplicate(tx: Transaction, authorId: string, body: string, now: Date) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, authorId)).for("no key update");
  const [duplicate] = await tx
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.authorId, authorId),
        gt(comments.createdAt, new Date(now.getTime() - DUPLICATE_WINDOW_MS)),
        eq(comments.bodyMarkdown, body),
      ),
    )
    .limit(1);
  if (duplicate) throw new AppError("conflict", "You just posted that same comment. Write something new, or wait a minute.", { field: "body" });
}
