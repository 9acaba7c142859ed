import { describe, expect, it } from "vitest";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { at, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { moderateComments } from "./moderate-comments";
import { seedModeratedThread, seen } from "./testing";

describe("a rejected comment with replies", () => {
  it("stays in place for readers as a placeholder, so its replies are not orphaned", async () => {
    const { thread, moderator } = await seedModeratedThread();
    const [author, replier, reader] = await Promise.all([seedViewer(), seedViewer(), seedViewer()]);
    const parent = await post(author, thread.id, "A comment that will be rejected", { now: at(0) });
    const reply = await post(replier, thread.id, "A fine reply", { parentId: parent, now: at(60_000) });
    const lonely = await post(author, thread.id, "Rejected and unanswered", { now: at(120_000) });
    await moderateComments(moderator, { ...(await seen([parent, lonely])), decision: "reject", reason: "Off-topic" }, at(180_000));

    const asReader = await listThreadComments({ thread, sort: "oldest", viewer: reader, now: at(200_000) });
    expect(asReader.items.map((c) => [c.id, c.placeholder, c.author.displayName, c.html, c.status])).toEqual([
      [parent, "[removed by a moderator]", "[removed]", "", "published"],
    ]);
    expect(asReader.items[0]!.replies.map((r) => [r.id, r.html])).toEqual([[reply, "<p>A fine reply</p>"]]);
    expect(asReader.items[0]!.can).toMatchObject({ reply: false, vote: false, report: false });

    const own = await listThreadComments({ thread, sort: "oldest", viewer: author, now: at(200_000) });
    expect(own.items.map((c) => [c.id, c.status, c.moderation?.reason])).toEqual([
      [parent, "rejected", "Off-topic"],
      [lonely, "rejected", "Off-topic"],
    ]);
  });
});
