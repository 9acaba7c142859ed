import { describe, expect, it } from "vitest";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { deleteComment } from "./delete-comment";
import { getCommentContext } from "./get-comment-context";
import { listReplies } from "./list-replies";
import { listThreadComments } from "./list-thread-comments";
import { MINUTE, at, commentCountOf, post, seedThread, seedThreadWithComments } from "./testing";

const LATER = at(30 * MINUTE);

/** Each reply by a reader of its own, so no per-user limit applies however many there are. */
async function reply(threadId: number, parentId: number, body: string) {
  return post(await seedViewer({ name: `On ${body}` }), threadId, body, { parentId, now: LATER });
}

describe("reply previews and listReplies", () => {
  it("shows the first three replies depth-first and continues with the rest from the cursor", async () => {
    const { threadId, thread, author } = await seedThread();
    const quiet = await post(author, threadId, "No replies here", { now: at(0) });
    const root = await post(author, threadId, "Busy one", { now: at(MINUTE) });
    const r1 = await reply(threadId, root, "r1");
    const r2 = await reply(threadId, root, "r2");
    const r1a = await reply(threadId, r1, "r1a");
    const r3 = await reply(threadId, root, "r3");
    const r3a = await reply(threadId, r3, "r3a");

    const page = await listThreadComments({ thread, sort: "oldest", viewer: null, now: LATER });
    expect(page.items.map((c) => c.id)).toEqual([quiet, root]);
    expect(page.items[0]).toMatchObject({ replies: [], moreReplies: 0, repliesCursor: null });
    const busy = page.items[1]!;
    expect(busy.replies.map((r) => [r.id, r.depth, r.author.displayName])).toEqual([
      [r1, 1, "On r1"],
      [r1a, 2, "On r1a"],
      [r2, 1, "On r2"],
    ]);
    expect(busy.moreReplies).toBe(2);
    expect(busy.repliesCursor).toBe(busy.replies[2]!.path);

    const rest = await listReplies({ thread, rootId: root, afterPath: busy.repliesCursor!, viewer: null, now: LATER });
    expect(rest.items.map((r) => [r.id, r.parentId, r.depth])).toEqual([
      [r3, root, 1],
      [r3a, r3, 2],
    ]);
    expect(rest.nextCursor).toBeNull();
    expect(await commentCountOf(threadId)).toBe(7);
  });

  it("pages replies by the given limit until none are left", async () => {
    const { threadId, thread, author } = await seedThread();
    const root = await post(author, threadId, "Root");
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await reply(threadId, root, `reply ${i}`));
    const first = await listReplies({ thread, rootId: root, afterPath: "", viewer: null, now: LATER, limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual(replies.slice(0, 2));
    const second = await listReplies({ thread, rootId: root, afterPath: first.nextCursor!, viewer: null, now: LATER, limit: 2 });
    expect(second.items.map((r) => r.id)).toEqual(replies.slice(2, 4));
    const third = await listReplies({ thread, rootId: root, afterPath: second.nextCursor!, viewer: null, now: LATER, limit: 2 });
    expect(third.items.map((r) => r.id)).toEqual(replies.slice(4));
    expect(third.nextCursor).toBeNull();
  });
});

describe("replies at the nesting cap", () => {
  it("say they reply to [deleted] once the comment they answer is deleted", async () => {
    const { threadId, thread, author } = await seedThread();
    const chain = [await post(author, threadId, "Root")];
    for (let depth = 1; depth <= 4; depth++) chain.push(await reply(threadId, chain.at(-1)!, `level ${depth}`));
    const fifthAuthor = await seedViewer({ name: "Fifth" });
    const fifth = await post(fifthAuthor, threadId, "level 5", { parentId: chain[4], now: LATER });
    const capped = await reply(threadId, fifth, "capped");
    const read = async () => (await listReplies({ thread, rootId: chain[0]!, afterPath: "", viewer: null, now: LATER })).items;
    expect((await read()).slice(-2).map((r) => [r.id, r.depth, r.author.displayName, r.replyingTo])).toEqual([
      [fifth, 5, "Fifth", null],
      [capped, 5, "On capped", "Fifth"],
    ]);

    await deleteComment(fifthAuthor, { commentId: fifth }, LATER);
    expect((await read()).slice(-2).map((r) => [r.id, r.depth, r.author.displayName, r.replyingTo])).toEqual([
      [fifth, 5, "[deleted]", null],
      [capped, 5, "On capped", "[deleted]"],
    ]);
  });
});

describe("getCommentContext", () => {
  it("returns a deep reply beyond the first page with its ancestors first, then what follows it", async () => {
    const { threadId, thread, ids } = await seedThreadWithComments(25);
    // With no votes, "best" lists newest ids first: the first comment is on page 2.
    const rootId = ids[0]!;
    const firstPage = await listThreadComments({ thread, sort: "best", viewer: null, now: LATER });
    expect(firstPage.items.map((c) => c.id)).not.toContain(rootId);
    expect(firstPage.items).toHaveLength(20);

    const aside = await reply(threadId, rootId, "aside");
    const chain = [rootId];
    for (let depth = 1; depth <= 4; depth++) chain.push(await reply(threadId, chain.at(-1)!, `depth ${depth}`));
    const target = chain[4]!;
    const below = await reply(threadId, target, "below the target");
    const after = await reply(threadId, rootId, "after");

    const viewer = await seedViewer();
    const context = await getCommentContext({ thread, commentId: target, viewer, now: LATER });
    expect(context).toMatchObject({ id: rootId, depth: 0, parentId: null });
    expect(context!.replies.map((r) => [r.id, r.depth])).toEqual([
      [chain[1], 1],
      [chain[2], 2],
      [chain[3], 3],
      [target, 4],
      [below, 5],
      [after, 1],
    ]);
    expect(context!.replies[3]).toMatchObject({ author: { displayName: "On depth 4" }, html: "<p>depth 4</p>" });
    // The aside, earlier than the chain, is the one reply not shown.
    expect(context!.moreReplies).toBe(1);
    expect(context!.replies.map((r) => r.id)).not.toContain(aside);
  });

  it("returns null for a comment of another thread and for one that does not exist", async () => {
    const here = await seedThread();
    const there = await seedThread();
    const elsewhere = await post(there.author, there.threadId, "Over there");
    expect(await getCommentContext({ thread: here.thread, commentId: elsewhere, viewer: null, now: LATER })).toBeNull();
    expect(await getCommentContext({ thread: here.thread, commentId: Number.MAX_SAFE_INTEGER, viewer: null, now: LATER })).toBeNull();
  });
});
