import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import type { CommentSort } from "./constants";
import { encodeCursor } from "./cursor";
import { listThreadComments } from "./list-thread-comments";
import { at, commentRow, expectAppError, seedThreadWithComments } from "./testing";

// Positions (in posting order) given votes, and their "best" order: the Wilson
// bound ranks 5 up over 3 up over 3 up 1 down over 1 up; equal ranks go newest id first.
const VOTES: [position: number, up: number, down: number][] = [
  [3, 5, 0],
  [10, 3, 0],
  [17, 3, 0],
  [22, 3, 1],
  [30, 1, 0],
  [41, 1, 0],
];
const BEST_FIRST = [3, 17, 10, 22, 41, 30];

async function seedVotedThread() {
  const world = await seedThreadWithComments(45);
  for (const [position, upvotes, downvotes] of VOTES) {
    await getDb().update(comments).set({ upvotes, downvotes }).where(eq(comments.id, world.ids[position]!));
  }
  const unvoted = world.ids.filter((_, i) => !BEST_FIRST.includes(i));
  const expected: Record<CommentSort, number[]> = {
    best: [...BEST_FIRST.map((i) => world.ids[i]!), ...unvoted.reverse()],
    newest: [...world.ids].reverse(),
    oldest: world.ids,
  };
  return { ...world, expected };
}

async function readAllPages(thread: { id: number; isClosed: boolean }, sort: CommentSort, pageSize?: number) {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listThreadComments({ thread, sort, cursor, viewer: null, now: at(0), pageSize });
    pages.push(page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 30); // a cursor that never ends fails the test instead of hanging it
  return pages;
}

describe("listThreadComments", () => {
  it("seeds comments three to a created_at, so the pages below meet exact ties", async () => {
    const { ids } = await seedThreadWithComments(6);
    const rows = await Promise.all(ids.map(commentRow));
    expect(rows.map((r) => r!.createdAt)).toEqual([at(0), at(0), at(0), at(61_000), at(61_000), at(61_000)]);
  });

  it.each(["best", "newest", "oldest"] as const)(
    "pages 45 top-level comments by 20 in %s order with no duplicate and no gap",
    async (sort) => {
      const { thread, expected } = await seedVotedThread();
      const pages = await readAllPages(thread, sort);
      expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
      expect(pages.flat()).toEqual(expected[sort]);
    },
  );

  it("splits comments of equal fractional best rank across pages by id", async () => {
    const { thread, expected } = await seedVotedThread();
    const pages = await readAllPages(thread, "best", 2);
    expect(pages.slice(0, 3)).toEqual([expected.best.slice(0, 2), expected.best.slice(2, 4), expected.best.slice(4, 6)]);
    expect(pages.flat()).toEqual(expected.best);
  });

  it("shows each comment's score and votes, and what a signed-out reader may do", async () => {
    const { thread, ids } = await seedVotedThread();
    const page = await listThreadComments({ thread, sort: "best", viewer: null, now: at(0) });
    expect(page.items[3]).toMatchObject({ id: ids[22], upvotes: 3, downvotes: 1, score: 2, viewerVote: 0, replies: [], moreReplies: 0 });
    expect(page.items[3]!.can).toEqual({ reply: false, edit: false, delete: false, vote: false, report: false, moderate: false });
  });

  it("refuses a malformed cursor and a cursor of another sort as invalid input", async () => {
    const { thread } = await seedThreadWithComments(21);
    const first = await listThreadComments({ thread, sort: "newest", viewer: null, now: at(0) });
    expect(first.nextCursor).not.toBeNull();
    const read = (sort: CommentSort, cursor: string) => listThreadComments({ thread, sort, cursor, viewer: null, now: at(0) });

    const wrongKey = Buffer.from('{"s":"newest","k":"yesterday","i":1}').toString("base64url");
    for (const cursor of ["not-a-cursor", "e30", wrongKey]) {
      const error = await expectAppError(read("newest", cursor), "invalid_input");
      expect(error.field).toBe("cursor");
    }
    await expectAppError(read("oldest", first.nextCursor!), "invalid_input");
    await expectAppError(read("best", first.nextCursor!), "invalid_input");
    // Well-formed, but no instant Postgres can read: month 13, February 30th, year 0.
    for (const key of ["2090-13-01T00:00:00.000000Z", "2090-02-30T00:00:00.000000Z", "0000-01-01T00:00:00.000000Z"]) {
      const error = await expectAppError(read("newest", encodeCursor({ sort: "newest", key, id: 1 })), "invalid_input");
      expect(error.field).toBe("cursor");
    }
  });
});
