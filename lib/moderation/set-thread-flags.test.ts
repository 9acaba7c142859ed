import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { postComment } from "@/lib/comments/post-comment";
import { MINUTE, at, commentCountOf, commentsOf, expectAppError, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { setThreadClosed, setThreadPremoderated } from "./set-thread-flags";
import { HOUR, auditRows, seedModeratedThread, threadRow } from "./testing";

describe("setThreadClosed and setThreadPremoderated", () => {
  it("closes a thread: new comments and replies are refused, the old ones stay listed", async () => {
    const { threadId, site, author, moderator } = await seedModeratedThread();
    const root = await post(author, threadId, "Before the close");
    const replier = await seedViewer();
    const reply = await post(replier, threadId, "Also before", { parentId: root, now: at(MINUTE) });

    expect(await setThreadClosed(moderator, { threadId, value: true }, at(HOUR))).toEqual({ threadId, isClosed: true });
    expect(await threadRow(threadId)).toMatchObject({ isClosed: true, commentCount: 2 });
    const refused = await expectAppError(postComment(replier, { threadId, body: "Too late" }, { now: at(2 * HOUR), ip: randomUUID() }), "conflict");
    expect(refused.message).toMatch(/closed/);
    await expectAppError(postComment(replier, { threadId, parentId: root, body: "Still too late" }, { now: at(2 * HOUR), ip: randomUUID() }), "conflict");
    expect((await commentsOf(threadId)).map((c) => c.id)).toEqual([root, reply]);

    const page = await listThreadComments({ thread: { id: threadId, isClosed: true }, sort: "oldest", viewer: replier, now: at(2 * HOUR) });
    expect(page.items.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([[root, [reply]]]);
    expect(page.items[0]!.can.reply).toBe(false);
    expect(await auditRows({ threadId })).toEqual([
      { kind: "close_thread", actorId: moderator.id, rule: null, commentId: null, targetUserId: null, threadId, siteId: site.id, reason: null, statusBefore: "open", statusAfter: "closed", createdAt: at(HOUR) },
    ]);
  });

  it("reopens a thread so readers can comment again, and audits both changes", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    await setThreadClosed(moderator, { threadId, value: true }, at(HOUR));
    expect(await setThreadClosed(moderator, { threadId, value: false }, at(2 * HOUR))).toEqual({ threadId, isClosed: false });
    expect(await threadRow(threadId)).toMatchObject({ isClosed: false });
    const id = await post(author, threadId, "Open again", { now: at(3 * HOUR) });
    expect(id).toBeGreaterThan(0);
    expect(await commentCountOf(threadId)).toBe(1);
    expect((await auditRows({ threadId })).map((r) => [r.kind, r.statusBefore, r.statusAfter])).toEqual([
      ["close_thread", "open", "closed"],
      ["reopen_thread", "closed", "open"],
    ]);
  });

  it("pre-moderates a thread and lifts it, auditing both", async () => {
    const { threadId, moderator } = await seedModeratedThread();
    expect(await setThreadPremoderated(moderator, { threadId, value: true }, at(HOUR))).toEqual({ threadId, isPremoderated: true });
    expect(await threadRow(threadId)).toMatchObject({ isPremoderated: true, isClosed: false });
    await setThreadPremoderated(moderator, { threadId, value: false }, at(2 * HOUR));
    expect(await threadRow(threadId)).toMatchObject({ isPremoderated: false });
    expect((await auditRows({ threadId })).map((r) => [r.kind, r.actorId, r.statusBefore, r.statusAfter])).toEqual([
      ["set_premoderation", moderator.id, "published directly", "premoderated"],
      ["set_premoderation", moderator.id, "premoderated", "published directly"],
    ]);
  });

  it("refuses a thread that does not exist", async () => {
    const { moderator } = await seedModeratedThread();
    await expectAppError(setThreadClosed(moderator, { threadId: Number.MAX_SAFE_INTEGER, value: true }, at(HOUR)), "not_found");
  });
});
