import { describe, expect, it } from "vitest";
import { reportComment } from "@/lib/comments/report-comment";
import { MINUTE, at, commentCountOf, commentRow, expectAppError, post, seedThread } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { listModerationQueue } from "./list-moderation-queue";
import { moderateComments } from "./moderate-comments";
import { HOUR, auditRows, seedModeratedThread, visibleIds, seen } from "./testing";

/** A reply by `author`, and the readers who will report it, on a site that hides at two reports. */
async function seedReportedReply(reportHideThreshold: number | null = 2) {
  const world = await seedModeratedThread({ reportHideThreshold });
  const root = await post(await seedViewer(), world.threadId, "The storm has passed");
  const reply = await post(world.author, world.threadId, "Rude reply", { parentId: root, now: at(MINUTE) });
  const readers = await Promise.all([seedViewer(), seedViewer(), seedViewer()]);
  return { ...world, root, reply, readers };
}

describe("hiding a comment once enough readers report it", () => {
  it("hides it at the threshold: pending, uncounted, audited as automatic, and in the Reported queue", async () => {
    const { threadId, site, article, author, moderator, root, reply, readers } = await seedReportedReply(2);
    await reportComment(readers[0]!, { commentId: reply, reason: "abuse", note: "Insults me" }, at(2 * MINUTE));
    expect(await commentRow(reply)).toMatchObject({ status: "published", openReportCount: 1 });
    expect(await commentCountOf(threadId)).toBe(2);

    await reportComment(readers[1]!, { commentId: reply, reason: "spam" }, at(3 * MINUTE));
    expect(await commentRow(reply)).toMatchObject({ status: "pending", heldByRule: "reports", moderationReason: "Reported by 2 readers", openReportCount: 2 });
    expect(await commentCountOf(threadId)).toBe(1);
    expect(await commentRow(root)).toMatchObject({ descendantCount: 0 });
    expect(await visibleIds(threadId, readers[2]!, at(HOUR))).toEqual([root]);
    expect(await visibleIds(threadId, author, at(HOUR))).toEqual([root, reply]);
    expect(await auditRows({ commentId: reply })).toEqual([
      { kind: "hide", actorId: null, rule: "reports", commentId: reply, targetUserId: author.id, threadId, siteId: site.id, reason: "Reported by 2 readers", statusBefore: "published", statusAfter: "pending", createdAt: at(3 * MINUTE) },
    ]);

    const { items } = await listModerationQueue(moderator, { queue: "reported", article: article.slug });
    expect(items.map((e) => e.id)).toEqual([reply]);
    expect(items[0]).toMatchObject({ status: "pending", heldByRule: "reports", reporterCount: 2, parent: { id: root, excerpt: "The storm has passed" } });
    expect(items[0]!.reports).toEqual(
      expect.arrayContaining([
        { reason: "abuse", note: "Insults me", count: 1 },
        { reason: "spam", note: null, count: 1 },
      ]),
    );
    expect(items[0]!.reports).toHaveLength(2);
  });

  it("takes no more reports once hidden: other readers can no longer see it", async () => {
    const { reply, readers } = await seedReportedReply(2);
    await reportComment(readers[0]!, { commentId: reply, reason: "spam" }, at(2 * MINUTE));
    await reportComment(readers[1]!, { commentId: reply, reason: "spam" }, at(2 * MINUTE));
    await expectAppError(reportComment(readers[2]!, { commentId: reply, reason: "spam" }, at(3 * MINUTE)), "not_found");
    expect(await commentRow(reply)).toMatchObject({ openReportCount: 2 });
  });

  it("puts a hidden comment back when a moderator approves it, counting it again", async () => {
    const { threadId, moderator, root, reply, readers } = await seedReportedReply(2);
    await reportComment(readers[0]!, { commentId: reply, reason: "spam" }, at(2 * MINUTE));
    await reportComment(readers[1]!, { commentId: reply, reason: "spam" }, at(2 * MINUTE));
    await moderateComments(moderator, { ...(await seen([reply])), decision: "approve" }, at(HOUR));
    expect(await commentRow(reply)).toMatchObject({ status: "published", openReportCount: 0, moderationReason: null });
    expect(await commentCountOf(threadId)).toBe(2);
    expect(await commentRow(root)).toMatchObject({ descendantCount: 1 });
    expect(await visibleIds(threadId, readers[2]!, at(HOUR))).toEqual([root, reply]);
  });

  it("never hides a comment when the site turned hiding off", async () => {
    const { threadId, reply, readers } = await seedReportedReply(null);
    for (const reader of readers) await reportComment(reader, { commentId: reply, reason: "off_topic" }, at(2 * MINUTE));
    expect(await commentRow(reply)).toMatchObject({ status: "published", openReportCount: 3 });
    expect(await commentCountOf(threadId)).toBe(2);
  });

  it("uses the default threshold of three on a site that never saved its rules", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Rude again");
    const readers = await Promise.all([seedViewer(), seedViewer(), seedViewer()]);
    await reportComment(readers[0]!, { commentId: id, reason: "spam" }, at(MINUTE));
    await reportComment(readers[1]!, { commentId: id, reason: "spam" }, at(MINUTE));
    expect(await commentRow(id)).toMatchObject({ status: "published" });
    await reportComment(readers[2]!, { commentId: id, reason: "spam" }, at(MINUTE));
    expect(await commentRow(id)).toMatchObject({ status: "pending", heldByRule: "reports", moderationReason: "Reported by 3 readers" });
    expect((await auditRows({ commentId: id })).map((r) => [r.kind, r.actorId])).toEqual([["hide", null]]);
  });
});
