import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { commentVotes } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { deleteComment } from "./delete-comment";
import { listThreadComments } from "./list-thread-comments";
import { at, commentRow, expectAppError, post, seedThread } from "./testing";
import { voteComment } from "./vote-comment";

const vote = (viewer: Viewer, commentId: number, direction: "up" | "down") =>
  voteComment(viewer, { commentId, direction }, { now: at(0), ip: randomUUID() });

const byUser = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);

async function votesOn(commentId: number) {
  const rows = await getDb()
    .select({ userId: commentVotes.userId, value: commentVotes.value })
    .from(commentVotes)
    .where(eq(commentVotes.commentId, commentId));
  return rows.sort(byUser);
}

async function tallyOf(commentId: number) {
  const row = await commentRow(commentId);
  return { upvotes: row!.upvotes, downvotes: row!.downvotes, score: row!.score };
}

describe("voteComment", () => {
  it("votes up, takes the vote back on a second up, and switches to down", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Vote on me");
    const voter = await seedViewer();

    expect(await vote(voter, id, "up")).toEqual({ commentId: id, upvotes: 1, downvotes: 0, score: 1, viewerVote: 1 });
    expect(await votesOn(id)).toEqual([{ userId: voter.id, value: 1 }]);
    expect(await tallyOf(id)).toEqual({ upvotes: 1, downvotes: 0, score: 1 });

    expect(await vote(voter, id, "up")).toEqual({ commentId: id, upvotes: 0, downvotes: 0, score: 0, viewerVote: 0 });
    expect(await votesOn(id)).toEqual([]);
    expect(await tallyOf(id)).toEqual({ upvotes: 0, downvotes: 0, score: 0 });

    expect(await vote(voter, id, "down")).toEqual({ commentId: id, upvotes: 0, downvotes: 1, score: -1, viewerVote: -1 });
    expect(await votesOn(id)).toEqual([{ userId: voter.id, value: -1 }]);

    expect(await vote(voter, id, "up")).toEqual({ commentId: id, upvotes: 1, downvotes: 0, score: 1, viewerVote: 1 });
    expect(await votesOn(id)).toEqual([{ userId: voter.id, value: 1 }]);
    expect(await tallyOf(id)).toEqual({ upvotes: 1, downvotes: 0, score: 1 });
  });

  it("shows the voter their vote in the thread, and nobody else", async () => {
    const { threadId, thread, author } = await seedThread();
    const id = await post(author, threadId, "Seen by all");
    const voter = await seedViewer();
    await vote(voter, id, "down");
    const readAs = async (viewer: Viewer | null) =>
      (await listThreadComments({ thread, sort: "best", viewer, now: at(0) })).items.map((c) => [c.id, c.downvotes, c.viewerVote, c.can.vote]);
    expect(await readAs(voter)).toEqual([[id, 1, -1, true]]);
    expect(await readAs(author)).toEqual([[id, 1, 0, false]]);
    expect(await readAs(null)).toEqual([[id, 1, 0, false]]);
  });

  it("refuses a vote on a deleted comment as a conflict", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Soon a placeholder");
    await post(await seedViewer(), threadId, "Keeps it", { parentId: id });
    await deleteComment(author, { commentId: id }, at(0));
    await expectAppError(vote(await seedViewer(), id, "up"), "conflict");
    expect(await votesOn(id)).toEqual([]);
  });

  it("refuses a vote on one's own comment and stores nothing", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "My own");
    await expectAppError(vote(author, id, "up"), "forbidden");
    expect(await votesOn(id)).toEqual([]);
    expect(await tallyOf(id)).toEqual({ upvotes: 0, downvotes: 0, score: 0 });
  });

  it("refuses a signed-out vote and an unknown direction", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Vote properly");
    await expectAppError(voteComment(null, { commentId: id, direction: "up" }, { now: at(0), ip: randomUUID() }), "unauthorized");
    const voter = await seedViewer();
    const error = await expectAppError(voteComment(voter, { commentId: id, direction: "sideways" }, { now: at(0), ip: randomUUID() }), "invalid_input");
    expect(error.fieldErrors).toEqual({ direction: ["Vote up or down."] });
    expect(await votesOn(id)).toEqual([]);
  });

  it("counts ten users voting up at the same time", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Popular");
    const voters = await Promise.all(Array.from({ length: 10 }, () => seedViewer()));
    const results = await Promise.all(voters.map((v) => vote(v, id, "up")));
    expect(results.every((r) => r.viewerVote === 1)).toBe(true);
    expect(results.map((r) => r.upvotes).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await tallyOf(id)).toEqual({ upvotes: 10, downvotes: 0, score: 10 });
    expect(await votesOn(id)).toEqual(voters.map((v) => ({ userId: v.id, value: 1 })).sort(byUser));
  });

  it("applies one user's seven concurrent ups one after the other, ending with one vote", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Click me");
    const voter = await seedViewer();
    const results = await Promise.all(Array.from({ length: 7 }, () => vote(voter, id, "up")));
    // Each toggle sees the one before: on, off, on, off, on, off, on.
    expect(results.map((r) => r.viewerVote).sort()).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(await votesOn(id)).toEqual([{ userId: voter.id, value: 1 }]);
    expect(await tallyOf(id)).toEqual({ upvotes: 1, downvotes: 0, score: 1 });
  });
});
