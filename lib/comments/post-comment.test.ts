import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";
import { formatRetryAfter } from "@/lib/rate-limit/enforce-rate-limit";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { deleteComment } from "./delete-comment";
import { listReplies } from "./list-replies";
import { listThreadComments } from "./list-thread-comments";
import { pathSegment } from "./path";
import { postComment } from "./post-comment";
import { LATE, MINUTE, at, commentCountOf, commentRow, commentsOf, expectAppError, post, seedThread } from "./testing";

describe("postComment", () => {
  it("refuses a signed-out visitor and writes nothing", async () => {
    const { threadId } = await seedThread();
    await expectAppError(postComment(null, { threadId, body: "Hello" }, { now: at(0), ip: randomUUID() }), "unauthorized");
    expect(await commentsOf(threadId)).toEqual([]);
    expect(await commentCountOf(threadId)).toBe(0);
  });

  it("stores a top-level comment with its sanitized html and counts it on the thread", async () => {
    const { threadId, author } = await seedThread();
    const result = await postComment(author, { threadId, body: "  Hello **world**\r\n" }, { now: at(0), ip: randomUUID() });
    expect(result.status).toBe("published");
    expect(await commentRow(result.id)).toMatchObject({
      threadId,
      authorId: author.id,
      parentId: null,
      rootId: null,
      depth: 0,
      path: pathSegment(result.id),
      bodyMarkdown: "Hello **world**",
      bodyHtml: "<p>Hello <strong>world</strong></p>",
      createdAt: at(0),
      replyCount: 0,
      descendantCount: 0,
    });
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("places a reply under its parent and counts it on the parent, the root and the thread", async () => {
    const { threadId, author } = await seedThread();
    const replier = await seedViewer();
    const root = await post(author, threadId, "Top");
    const first = await post(replier, threadId, "First reply", { parentId: root });
    const second = await post(author, threadId, "Reply to the reply", { parentId: first });
    expect(await commentRow(second)).toMatchObject({
      parentId: first,
      rootId: root,
      depth: 2,
      path: pathSegment(root) + pathSegment(first) + pathSegment(second),
    });
    expect(await commentRow(root)).toMatchObject({ replyCount: 1, descendantCount: 2 });
    expect(await commentRow(first)).toMatchObject({ replyCount: 1, descendantCount: 0, rootId: root, depth: 1 });
    expect(await commentCountOf(threadId)).toBe(3);
  });

  it("stops nesting at depth 5 and names whom the capped replies answer", async () => {
    const { threadId, thread, author } = await seedThread();
    const others = await Promise.all([seedViewer({ name: "Ada" }), seedViewer({ name: "Grace" })]);
    const root = await post(author, threadId, "Top");
    const chain = [root];
    for (let i = 0; i < 7; i++) {
      // Two authors per minute at most, alternating, so the per-user limit never applies.
      const id = await post(others[i % 2]!, threadId, `Reply ${i + 1}`, { parentId: chain.at(-1), now: at((i + 1) * MINUTE) });
      chain.push(id);
    }
    const rows = await Promise.all(chain.slice(1).map(commentRow));
    expect(rows.map((r) => r!.depth)).toEqual([1, 2, 3, 4, 5, 5, 5]);
    expect(rows.map((r) => r!.parentId)).toEqual(chain.slice(0, 7));

    const page = await listThreadComments({ thread, sort: "oldest", viewer: null, now: at(0), pageSize: 20 });
    expect(page.items.map((c) => c.id)).toEqual([root]);
    expect(page.items[0]!.moreReplies).toBe(4);
    const rest = await listReplies({ thread, rootId: root, afterPath: page.items[0]!.repliesCursor!, viewer: null, now: at(0) });
    const replies = [...page.items[0]!.replies, ...rest.items];
    expect(replies.map((r) => r.id)).toEqual(chain.slice(1));
    // Replies 6 and 7 answer replies 5 and 6, written by Ada and Grace in turn.
    expect(replies.map((r) => r.replyingTo)).toEqual([null, null, null, null, null, "Ada", "Grace"]);
  });

  it.each([
    ["empty", "", "Write a comment first: it can't be empty."],
    ["whitespace-only", "  \n\t  ", "Write a comment first: it can't be empty."],
    ["too long", "x".repeat(5_001), "Comments can be at most 5,000 characters."],
  ])("refuses an %s body with a field error and writes nothing", async (_, body, message) => {
    const { threadId, author } = await seedThread();
    const error = await expectAppError(postComment(author, { threadId, body }, { now: at(0), ip: randomUUID() }), "invalid_input");
    expect(error.fieldErrors).toEqual({ body: [message] });
    expect(error.message).toBe(message);
    expect(await commentsOf(threadId)).toEqual([]);
    expect(await commentCountOf(threadId)).toBe(0);
  });

  it("accepts a body of exactly 5000 characters", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "y".repeat(5_000));
    expect((await commentRow(id))!.bodyMarkdown).toHaveLength(5_000);
  });

  it("drops control and text-direction characters, and refuses a body made of nothing else", async () => {
    const { threadId, author } = await seedThread();
    await expectAppError(postComment(author, { threadId, body: "\u0001\u0002\u0003\u0007" }, { now: at(0), ip: randomUUID() }), "invalid_input");
    await expectAppError(postComment(author, { threadId, body: "\u0000 \u202E" }, { now: at(0), ip: randomUUID() }), "invalid_input");
    expect(await commentsOf(threadId)).toEqual([]);
    const id = await post(author, threadId, "fine\u0000 text \u202Egnp.exe");
    expect(await commentRow(id)).toMatchObject({ bodyMarkdown: "fine text gnp.exe", bodyHtml: "<p>fine text gnp.exe</p>" });
  });

  it("stores hostile markdown as inert text", async () => {
    const { threadId, author } = await seedThread();
    const bodies = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>"];
    const ids = [];
    for (const body of bodies) ids.push(await post(author, threadId, body));
    const rows = await Promise.all(ids.map(commentRow));
    expect(rows.map((r) => r!.bodyHtml)).toEqual([
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
      "<p>[x](javascript:alert(1))</p>",
      "<p>&lt;img src=x onerror=alert(1)&gt;</p>",
    ]);
    expect(rows.map((r) => r!.bodyMarkdown)).toEqual(bodies);
  });

  it("refuses a reply to a comment of another thread as not found", async () => {
    const here = await seedThread();
    const there = await seedThread();
    const elsewhere = await post(there.author, there.threadId, "Over there");
    const error = await expectAppError(post(here.author, here.threadId, "Reply across threads", { parentId: elsewhere }), "not_found");
    expect(error.field).toBe("parentId");
    expect(await commentsOf(here.threadId)).toEqual([]);
    expect(await commentRow(elsewhere)).toMatchObject({ replyCount: 0, descendantCount: 0 });
  });

  it("refuses a reply to a deleted comment as a conflict", async () => {
    const { threadId, author } = await seedThread();
    const root = await post(author, threadId, "Root");
    await post(await seedViewer(), threadId, "Keeps the placeholder", { parentId: root });
    await deleteComment(author, { commentId: root }, at(MINUTE));
    const error = await expectAppError(post(await seedViewer(), threadId, "Too late", { parentId: root, now: at(MINUTE) }), "conflict");
    expect(error.field).toBe("parentId");
    expect(await commentRow(root)).toMatchObject({ replyCount: 1, descendantCount: 1 });
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("refuses a comment on a closed thread as a conflict", async () => {
    const { threadId, author } = await seedThread();
    await getDb().update(threads).set({ isClosed: true }).where(eq(threads.id, threadId));
    await expectAppError(post(author, threadId, "Too late"), "conflict");
    expect(await commentsOf(threadId)).toEqual([]);
    expect(await commentCountOf(threadId)).toBe(0);
  });

  it("refuses the same text twice within a minute and accepts it 61 seconds later", async () => {
    const { threadId, author } = await seedThread();
    const first = await post(author, threadId, "Same words", { now: at(0) });
    const error = await expectAppError(post(author, threadId, "  Same words ", { now: at(59_000) }), "conflict");
    expect(error.field).toBe("body");
    const later = await post(author, threadId, "Same words", { now: at(61_000) });
    expect((await commentsOf(threadId)).map((r) => r.id)).toEqual([first, later]);
    expect(await commentCountOf(threadId)).toBe(2);
  });

  it("stores a form submitted twice at once only once", async () => {
    const { threadId, author } = await seedThread();
    const results = await Promise.allSettled([post(author, threadId, "Double click"), post(author, threadId, "Double click")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "conflict", field: "body" });
    expect((await commentsOf(threadId)).map((r) => r.bodyMarkdown)).toEqual(["Double click"]);
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("refuses the sixth comment inside one minute, naming the shortest wait that works", async () => {
    const now = LATE + 18_000;
    // Two authors post the same burst; one probes a second before the wait ends, the other at its end.
    const burst = async () => {
      const world = await seedThread();
      for (let i = 0; i < 5; i++) await post(world.author, world.threadId, `Quick comment ${i}`, { now: new Date(now) });
      const error = await expectAppError(post(world.author, world.threadId, "One too many", { now: new Date(now) }), "rate_limited");
      expect(await commentsOf(world.threadId)).toHaveLength(5);
      return { ...world, error };
    };
    const early = await burst();
    const patient = await burst();
    const wait = patient.error.retryAfterSeconds!;
    expect(early.error.retryAfterSeconds).toBe(wait);
    expect(Number.isInteger(wait) && wait > 0).toBe(true);
    expect(patient.error.message).toBe(`You're posting comments too fast. Try again ${formatRetryAfter(wait)}.`);

    await expectAppError(post(early.author, early.threadId, "A second too soon", { now: new Date(now + (wait - 1) * 1000) }), "rate_limited");
    await post(patient.author, patient.threadId, "After the wait", { now: new Date(now + wait * 1000) });
    expect(await commentCountOf(early.threadId)).toBe(5);
    expect(await commentCountOf(patient.threadId)).toBe(6);
  });
});
