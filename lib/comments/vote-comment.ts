import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, commentVotes } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { requireNotBanned } from "@/lib/moderation/require-role";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { lockVisibleComment } from "./lock-comment";
import { parseInput } from "@/lib/forms/parse-input";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { requireMayWrite } from "@/lib/sites/require-may-write";
import { voteCommentSchema } from "./schemas";

export type VoteResult = { commentId: number; upvotes: number; downvotes: number; score: number; viewerVote: -1 | 0 | 1 };

/**
 * Votes a comment up or down; voting the same way again takes the vote back.
 * The comment row is locked first, so concurrent votes by one user still leave
 * one vote and tallies that match the votes table.
 */
export async function voteComment(viewer: Viewer | null, raw: unknown, { now = new Date(), ip = "unknown" } = {}): Promise<VoteResult> {
  const voter = requireNotBanned(requireSignedIn(viewer, "vote"));
  const input = parseInput(voteCommentSchema, raw, "Vote up or down.");
  await enforceRateLimit(limits.vote, voter.id, now);
  await enforceRateLimit(limits.voteByIp, ip, now);
  const wanted = input.direction === "up" ? 1 : -1;
  return getDb().transaction(async (tx) => {
    const comment = await lockVisibleComment(tx, input.commentId, voter);
    await requireMayWrite(voter, comment.thread, now, { action: "vote", db: tx });
    if (comment.authorId === voter.id) throw new AppError("forbidden", "You can't vote on your own comment.");
    if (comment.deletedAt || comment.status !== "published") throw new AppError("conflict", "That comment can't be voted on.");
    const where = and(eq(commentVotes.commentId, comment.id), eq(commentVotes.userId, voter.id));
    const [existing] = await tx.select({ value: commentVotes.value }).from(commentVotes).where(where);
    const previous = existing?.value ?? 0;
    const next = previous === wanted ? 0 : wanted;
    if (next === 0) await tx.delete(commentVotes).where(where);
    else if (previous === 0) await tx.insert(commentVotes).values({ commentId: comment.id, userId: voter.id, value: next, createdAt: now });
    else await tx.update(commentVotes).set({ value: next, createdAt: now }).where(where);

    const up = (next === 1 ? 1 : 0) - (previous === 1 ? 1 : 0);
    const down = (next === -1 ? 1 : 0) - (previous === -1 ? 1 : 0);
    const [tally] = await tx
      .update(comments)
      .set({ upvotes: sql`${comments.upvotes} + ${up}`, downvotes: sql`${comments.downvotes} + ${down}` })
      .where(eq(comments.id, comment.id))
      .returning({ upvotes: comments.upvotes, downvotes: comments.downvotes });
    return { commentId: comment.id, ...tally!, score: tally!.upvotes - tally!.downvotes, viewerVote: next as -1 | 0 | 1 };
  });
}
