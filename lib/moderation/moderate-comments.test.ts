import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { reportComment } from "@/lib/comments/report-comment";
import { MINUTE, at, commentCountOf, commentRow, expectAppError, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { moderateComments } from "./moderate-comments";
import { setThreadPremoderated } from "./set-thread-flags";
import { HOUR, auditRows, reportsOn, seedModeratedThread, setSiteRules, visibleIds, seen } from "./testing";

const DECIDED = at(HOUR);

describe("moderateComments", () => {
  it("approves a pending reply: published, counted on the thread and its root, and audited", async () => {
    const { threadId, site, author, moderator } = await seedModeratedThread();
    const root = await post(author, threadId, "The harbour looks good");
    await setThreadPremoderated(moderator, { threadId, value: true }, at(MINUTE));
    const replier = await seedViewer();
    const reply = await post(replier, threadId, "It does", { parentId: root, now: at(2 * MINUTE) });
    expect(await commentRow(reply)).toMatchObject({ status: "pending", heldByRule: "premoderation" });
    expect(await commentCountOf(threadId)).toBe(1);
    expect(await commentRow(root)).toMatchObject({ replyCount: 1, descendantCount: 0 });

    expect(await moderateComments(moderator, { ...(await seen([reply])), decision: "approve" }, DECIDED)).toEqual({ updated: 1 });
    expect(await commentRow(reply)).toMatchObject({ status: "published", moderationReason: null, moderatedAt: DECIDED });
    expect(await commentCountOf(threadId)).toBe(2);
    expect(await commentRow(root)).toMatchObject({ replyCount: 1, descendantCount: 1 });
    expect(await auditRows({ commentId: reply })).toEqual([
      expect.objectContaining({ kind: "hold", actorId: null, rule: "premoderation", statusAfter: "pending" }),
      { kind: "approve", actorId: moderator.id, rule: null, commentId: reply, targetUserId: replier.id, threadId, siteId: site.id, reason: null, statusBefore: "pending", statusAfter: "published", createdAt: DECIDED },
    ]);
  });

  it("rejects a published comment with a reason: uncounted, hidden from other readers, and its author told why", async () => {
    const { threadId, site, author, moderator } = await seedModeratedThread();
    const kept = await post(await seedViewer(), threadId, "Calm words");
    const rejected = await post(author, threadId, "Heated words", { now: at(MINUTE) });
    expect(await commentCountOf(threadId)).toBe(2);

    await moderateComments(moderator, { ...(await seen([rejected])), decision: "reject", reason: "  Personal attack  " }, DECIDED);
    expect(await commentRow(rejected)).toMatchObject({ status: "rejected", moderationReason: "Personal attack", moderatedAt: DECIDED });
    expect(await commentCountOf(threadId)).toBe(1);

    const asAuthor = await listThreadComments({ thread: { id: threadId, isClosed: false }, sort: "oldest", viewer: author, now: DECIDED });
    expect(asAuthor.items.find((c) => c.id === rejected)).toMatchObject({ status: "rejected", moderation: { reason: "Personal attack", rule: null } });
    expect(await visibleIds(threadId, await seedViewer(), DECIDED)).toEqual([kept]);
    expect(await visibleIds(threadId, null, DECIDED)).toEqual([kept]);
    expect(await auditRows({ commentId: rejected })).toEqual([
      { kind: "reject", actorId: moderator.id, rule: null, commentId: rejected, targetUserId: author.id, threadId, siteId: site.id, reason: "Personal attack", statusBefore: "published", statusAfter: "rejected", createdAt: DECIDED },
    ]);
  });

  it("refuses a rejection without a reason, since the author is shown it, and changes nothing", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const id = await post(author, threadId, "Borderline words");
    const error = await expectAppError(moderateComments(moderator, { ...(await seen([id])), decision: "reject", reason: "   " }, DECIDED), "invalid_input");
    expect(error.fieldErrors).toEqual({ reason: ["Say why it is rejected: the author will see it."] });
    expect(await commentRow(id)).toMatchObject({ status: "published", moderatedAt: null });
    expect(await commentCountOf(threadId)).toBe(1);
    expect(await auditRows({ commentId: id })).toEqual([]);
  });

  it("marks a published reply as spam: uncounted on the thread and its root, and audited", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const root = await post(author, threadId, "Ferry times changed");
    const spammer = await seedViewer();
    const spam = await post(spammer, threadId, "Cheap watches here", { parentId: root, now: at(MINUTE) });
    expect(await commentRow(root)).toMatchObject({ descendantCount: 1 });

    await moderateComments(moderator, { ...(await seen([spam])), decision: "spam" }, DECIDED);
    expect(await commentRow(spam)).toMatchObject({ status: "spam", moderationReason: null });
    expect(await commentRow(root)).toMatchObject({ descendantCount: 0, replyCount: 1 });
    expect(await commentCountOf(threadId)).toBe(1);
    expect(await auditRows({ commentId: spam })).toEqual([
      expect.objectContaining({ kind: "spam", actorId: moderator.id, targetUserId: spammer.id, reason: null, statusBefore: "published", statusAfter: "spam" }),
    ]);
  });

  it("decides on several comments at once, auditing each one", async () => {
    const { threadId, site, moderator } = await seedModeratedThread({ premoderation: true });
    const authors = await Promise.all([seedViewer(), seedViewer(), seedViewer()]);
    const ids = await Promise.all(authors.map((a, i) => post(a, threadId, `Held comment ${i}`)));
    expect(await commentCountOf(threadId)).toBe(0);

    expect(await moderateComments(moderator, { ...(await seen(ids)), decision: "approve" }, DECIDED)).toEqual({ updated: 3 });
    for (const id of ids) expect(await commentRow(id)).toMatchObject({ status: "published", moderatedAt: DECIDED });
    expect(await commentCountOf(threadId)).toBe(3);
    const approvals = (await auditRows({ siteId: site.id, actorId: moderator.id })).filter((r) => r.kind === "approve");
    // Decided in id order, whatever order they were chosen in.
    const byComment = (a: unknown[], b: unknown[]) => Number(a[0]) - Number(b[0]);
    expect(approvals.map((r) => [r.commentId, r.targetUserId, r.statusBefore, r.statusAfter]).sort(byComment)).toEqual(
      ids.map((id, i) => [id, authors[i]!.id, "pending", "published"]).sort(byComment),
    );
  });

  it("resolves a comment's open reports with the decision", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const id = await post(author, threadId, "Contested claim");
    const [first, second] = await Promise.all([seedViewer(), seedViewer()]);
    await reportComment(first!, { commentId: id, reason: "off_topic" }, at(MINUTE));
    await reportComment(second!, { commentId: id, reason: "abuse" }, at(2 * MINUTE));
    expect(await commentRow(id)).toMatchObject({ status: "published", openReportCount: 2 });

    await moderateComments(moderator, { ...(await seen([id])), decision: "reject", reason: "Misleading" }, DECIDED);
    expect(await commentRow(id)).toMatchObject({ status: "rejected", openReportCount: 0 });
    expect(await reportsOn(id)).toEqual([
      { reporterId: first!.id, reason: "off_topic", resolvedAt: DECIDED },
      { reporterId: second!.id, reason: "abuse", resolvedAt: DECIDED },
    ]);
  });

  it("approving a reported published comment dismisses its reports and leaves the counts alone", async () => {
    const { threadId, author, site, moderator } = await seedModeratedThread();
    await setSiteRules(site.id, { reportHideThreshold: null });
    const id = await post(author, threadId, "Unpopular but fair");
    await reportComment(await seedViewer(), { commentId: id, reason: "spam" }, at(MINUTE));

    await moderateComments(moderator, { ...(await seen([id])), decision: "approve" }, DECIDED);
    expect(await commentRow(id)).toMatchObject({ status: "published", openReportCount: 0 });
    expect(await commentCountOf(threadId)).toBe(1);
    expect((await reportsOn(id)).map((r) => r.resolvedAt)).toEqual([DECIDED]);
    expect(await auditRows({ commentId: id })).toEqual([expect.objectContaining({ kind: "approve", statusBefore: "published", statusAfter: "published" })]);
  });

  it("decides on all of a batch or none: one missing comment leaves the others as they were", async () => {
    const { threadId, moderator } = await seedModeratedThread({ premoderation: true });
    const ids = await Promise.all([seedViewer(), seedViewer()].map(async (a, i) => post(await a, threadId, `Held for the batch ${i}`)));

    await expectAppError(moderateComments(moderator, { ...(await seen([...ids, Number.MAX_SAFE_INTEGER])), decision: "approve" }, DECIDED), "not_found");
    for (const id of ids) expect(await commentRow(id)).toMatchObject({ status: "pending", moderatedAt: null });
    expect(await commentCountOf(threadId)).toBe(0);
    for (const id of ids) expect(await auditRows({ commentId: id })).toEqual([expect.objectContaining({ kind: "hold" })]);
  });

  it("lets a batch and replies posted into its conversations meanwhile all finish, with the counters in step", async () => {
    for (let round = 0; round < 3; round++) {
      const { threadId, author, moderator } = await seedModeratedThread();
      const roots: number[] = [];
      for (let i = 0; i < 3; i++) roots.push(await post(author, threadId, `Root ${round}-${i}`));
      const replies: number[] = [];
      for (let i = 0; i < 3; i++) replies.push(await post(await seedViewer(), threadId, `Reply ${round}-${i}`, { parentId: roots[i]! }));
      const repliers = await Promise.all(Array.from({ length: 4 }, () => seedViewer()));

      const results = await Promise.allSettled([
        moderateComments(moderator, { ...(await seen([...replies].reverse())), decision: "reject", reason: "Off topic" }, DECIDED),
        ...repliers.map((r, i) => post(r, threadId, `Racing reply ${round}-${i}`, { parentId: roots[i % 3]!, now: DECIDED })),
      ]);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(await commentCountOf(threadId)).toBe(3 + repliers.length);
      for (const [i, root] of roots.entries()) expect(await commentRow(root)).toMatchObject({ descendantCount: i === 0 ? 2 : 1 });
    }
  });

  it("lets a batch rejecting a reply and a reader replying to that reply meanwhile both finish", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const root = await post(author, threadId, "Root comment");
    const reply = await post(await seedViewer(), threadId, "A reply", { parentId: root });
    const replier = await seedViewer();
    // The reader's transaction, held open between its steps as postComment takes them: the parent
    // locked first, then the insert, whose foreign keys need the root, while the batch starts.
    const reader = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const posting = reader.begin(async (sql) => {
        await sql`select id from comments where id = ${reply} for update`;
        await new Promise((resolve) => setTimeout(resolve, 300));
        await sql`insert into comments (thread_id, parent_id, root_id, depth, author_id, body_markdown, body_html, status)
                  values (${threadId}, ${reply}, ${root}, 2, ${replier.id}, 'A reply to the reply', '<p>A reply to the reply</p>', 'published')`;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const moderating = moderateComments(moderator, { ...(await seen([reply])), decision: "reject", reason: "Off topic" }, DECIDED);
      const results = await Promise.allSettled([posting, moderating]);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    } finally {
      await reader.end();
    }
    expect(await commentRow(reply)).toMatchObject({ status: "rejected" });
  });

  it("lets a batch rejecting a root and a reader's reply deeper in its conversation both finish", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const root = await post(author, threadId, "Root comment");
    const reply = await post(await seedViewer(), threadId, "A reply", { parentId: root });
    // A reply's insert checks its foreign keys in trigger order: KEY SHARE on the thread, then
    // the root. Replayed step by step, with the batch starting in between.
    const reader = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const posting = reader.begin(async (sql) => {
        await sql`select id from comments where id = ${reply} for update`;
        await sql`select 1 from threads where id = ${threadId} for key share`;
        await new Promise((resolve) => setTimeout(resolve, 300));
        await sql`select 1 from comments where id = ${root} for key share`;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const moderating = moderateComments(moderator, { ...(await seen([root])), decision: "reject", reason: "Off topic" }, DECIDED);
      const results = await Promise.allSettled([posting, moderating]);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    } finally {
      await reader.end();
    }
  });

  it("refuses a comment that does not exist", async () => {
    const { moderator } = await seedModeratedThread();
    await expectAppError(moderateComments(moderator, { ...(await seen([Number.MAX_SAFE_INTEGER])), decision: "approve" }, DECIDED), "not_found");
  });
});
