import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { commentRevisions, moderationActions } from "@/db/schema";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { MINUTE, at, commentRow, expectAppError, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { getCommentHistory } from "./get-comment-history";
import { listModerationQueue } from "./list-moderation-queue";
import { moderateComments } from "./moderate-comments";
import { HOUR, seedModeratedThread, seen } from "./testing";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function revisionsOf(commentId: number) {
  return getDb()
    .select({ revision: commentRevisions.revision, markdown: commentRevisions.bodyMarkdown, editorId: commentRevisions.editorId, createdAt: commentRevisions.createdAt })
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(asc(commentRevisions.revision));
}

/** What the audit log says each decision on a comment was made on. */
async function decidedOn(commentId: number) {
  const a = moderationActions;
  return getDb()
    .select({ kind: a.kind, rule: a.rule, revision: a.commentRevision, hash: a.contentHash })
    .from(a)
    .where(eq(a.commentId, commentId))
    .orderBy(asc(a.createdAt), asc(a.id));
}

describe("comment revisions", () => {
  it("keeps every text: the first on posting, the old one on each edit, the newest as the comment's own", async () => {
    const { threadId, author } = await seedModeratedThread();
    const id = await post(author, threadId, "Ferry leaves at noon");
    await editComment(author, { commentId: id, body: "Ferry leaves at dawn" }, at(MINUTE));
    expect(await revisionsOf(id)).toEqual([
      { revision: 1, markdown: "Ferry leaves at noon", editorId: author.id, createdAt: at(0) },
      { revision: 2, markdown: "Ferry leaves at dawn", editorId: author.id, createdAt: at(MINUTE) },
    ]);
    expect(await commentRow(id)).toMatchObject({ revision: 2, bodyMarkdown: "Ferry leaves at dawn", status: "published" });
  });

  it("moves a held comment that is edited to the end of the pending queue, keeping the old text and showing the change", async () => {
    const { threadId, author, moderator, article } = await seedModeratedThread({ premoderation: true });
    const first = await post(author, threadId, "The harbour is open again", { now: at(0) });
    const second = await post(await seedViewer(), threadId, "Good news", { now: at(MINUTE) });
    const query = { queue: "pending", article: article.slug } as const;
    expect((await listModerationQueue(moderator, query)).items.map((e) => e.id)).toEqual([second, first]);

    await editComment(author, { commentId: first, body: "The harbour is open again, visit casino.example" }, at(2 * MINUTE));
    const queue = await listModerationQueue(moderator, query);
    expect(queue.items.map((e) => e.id)).toEqual([first, second]);
    expect(await commentRow(first)).toMatchObject({ status: "pending", revision: 2, queuedAt: at(2 * MINUTE), createdAt: at(0) });
    expect(queue.items[0]).toMatchObject({ revision: 2, html: "<p>The harbour is open again, visit casino.example</p>" });
    expect(queue.items[0]!.recentChanges).toEqual([
      {
        revision: 2,
        markdown: "The harbour is open again, visit casino.example",
        createdAt: at(2 * MINUTE),
        contentHash: sha256("The harbour is open again, visit casino.example"),
        changes: [
          { kind: "same", text: "The harbour is open again" },
          { kind: "added", text: ", visit casino.example" },
        ],
      },
    ]);
    expect(queue.items[1]).toMatchObject({ revision: 1, recentChanges: [] });
    expect(await revisionsOf(first)).toEqual([
      expect.objectContaining({ revision: 1, markdown: "The harbour is open again" }),
      expect.objectContaining({ revision: 2, markdown: "The harbour is open again, visit casino.example" }),
    ]);
    expect(await decidedOn(first)).toEqual([
      { kind: "hold", rule: "premoderation", revision: 1, hash: sha256("The harbour is open again") },
      { kind: "hold", rule: "edited", revision: 2, hash: sha256("The harbour is open again, visit casino.example") },
    ]);
  });

  it.each(["reject", "spam"] as const)("refuses to edit a comment a moderator decided to %s, and changes nothing", async (decision) => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const id = await post(author, threadId, "Heated words");
    await moderateComments(moderator, { ...(await seen([id])), decision, reason: "Personal attack" }, at(MINUTE));
    const before = await commentRow(id);

    const error = await expectAppError(editComment(author, { commentId: id, body: "Calm words now" }, at(2 * MINUTE)), "conflict");
    expect(error.message).toBe("A moderator removed this comment, so it can't be edited.");
    expect(await commentRow(id)).toEqual(before);
    expect(await revisionsOf(id)).toEqual([expect.objectContaining({ revision: 1, markdown: "Heated words" })]);
    const own = await listThreadComments({ thread: { id: threadId, isClosed: false }, sort: "oldest", viewer: author, now: at(2 * MINUTE) });
    expect(own.items[0]).toMatchObject({ id, status: decision === "reject" ? "rejected" : "spam", editableMarkdown: null, can: { edit: false } });
  });

  it("refuses an approval made on a text edited since, changes nothing, and accepts one on the new text", async () => {
    const { threadId, author, moderator } = await seedModeratedThread({ premoderation: true });
    const id = await post(author, threadId, "Nice harbour");
    const opened = await seen([id]);
    await editComment(author, { commentId: id, body: "Nice harbour, buy pills at pills.example" }, at(MINUTE));
    const before = await commentRow(id);

    const error = await expectAppError(moderateComments(moderator, { ...opened, decision: "approve" }, at(HOUR)), "conflict");
    expect(error.message).toBe("This comment was edited after you opened it — review the new text.");
    expect(await commentRow(id)).toEqual(before);
    expect((await decidedOn(id)).map((r) => r.kind)).toEqual(["hold", "hold"]);

    await moderateComments(moderator, { ...(await seen([id])), decision: "reject", reason: "Spam link" }, at(HOUR));
    expect(await commentRow(id)).toMatchObject({ status: "rejected", revision: 2 });
    expect((await decidedOn(id)).at(-1)).toEqual({ kind: "reject", rule: null, revision: 2, hash: sha256("Nice harbour, buy pills at pills.example") });
  });

  it("refuses a whole batch when one of its comments was edited since the moderator saw it", async () => {
    const { threadId, author, moderator } = await seedModeratedThread({ premoderation: true });
    const other = await post(await seedViewer(), threadId, "Untouched comment");
    const edited = await post(author, threadId, "Original text");
    const opened = await seen([other, edited]);
    await editComment(author, { commentId: edited, body: "Sneaky text" }, at(MINUTE));
    const before = [await commentRow(other), await commentRow(edited)];

    const error = await expectAppError(moderateComments(moderator, { ...opened, decision: "approve" }, at(HOUR)), "conflict");
    expect(error.message).toBe(`Comment ${edited} was edited after you opened it — review the new text. Nothing was changed.`);
    expect([await commentRow(other), await commentRow(edited)]).toEqual(before);
    expect((await decidedOn(other)).map((r) => r.kind)).toEqual(["hold"]);
  });

  it("refuses a decision that does not say which revision it was made on", async () => {
    const { threadId, author, moderator } = await seedModeratedThread({ premoderation: true });
    const id = await post(author, threadId, "Held words");
    const error = await expectAppError(moderateComments(moderator, { commentIds: [id], revisions: {}, decision: "approve" }, at(HOUR)), "invalid_input");
    expect(error.fieldErrors).toEqual({ revisions: ["Reload the page: the form didn't say which version of the comment you saw."] });
    expect(await commentRow(id)).toMatchObject({ status: "pending" });
  });

  it("shows the history to moderators only: readers, the author included, are told it doesn't exist", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    const id = await post(author, threadId, "Ferry leaves at noon");
    await editComment(author, { commentId: id, body: "Ferry leaves at dawn" }, at(MINUTE));

    for (const asker of [null, author, await seedViewer()]) await expectAppError(getCommentHistory(asker, { commentId: id }), "not_found");
    const history = await getCommentHistory(moderator, { commentId: id });
    expect(history).toMatchObject({ commentId: id, revision: 2, status: "published", isDeleted: false });
    expect(history!.revisions.map((r) => [r.revision, r.markdown, r.changes?.length ?? null])).toEqual([
      [2, "Ferry leaves at dawn", 3],
      [1, "Ferry leaves at noon", null],
    ]);
    expect(await getCommentHistory(moderator, { commentId: Number.MAX_SAFE_INTEGER })).toBeNull();
  });

  it("never gives readers a revision: their views carry no review, moderators' do", async () => {
    const { threadId, thread, author, moderator } = await seedModeratedThread();
    const id = await post(author, threadId, "Ferry leaves at noon");
    await editComment(author, { commentId: id, body: "Ferry leaves at dawn" }, at(MINUTE));
    for (const viewer of [null, author, await seedViewer()]) {
      const page = await listThreadComments({ thread, sort: "oldest", viewer, now: at(2 * MINUTE) });
      expect(page.items[0]).toMatchObject({ id, review: null, editedAt: at(MINUTE) });
      expect(JSON.stringify(page)).not.toContain("noon");
    }
    const asModerator = await listThreadComments({ thread, sort: "oldest", viewer: moderator, now: at(2 * MINUTE) });
    expect(asModerator.items[0]).toMatchObject({ id, review: { revision: 2, editCount: 1 } });
  });

  it("erases every revision with the text when the author deletes a comment that has replies", async () => {
    const { threadId, author } = await seedModeratedThread();
    const id = await post(author, threadId, "Ferry leaves at noon");
    await editComment(author, { commentId: id, body: "Ferry leaves at dawn" }, at(MINUTE));
    await post(await seedViewer(), threadId, "Thanks", { parentId: id, now: at(2 * MINUTE) });
    await deleteComment(author, { commentId: id }, at(3 * MINUTE));
    expect(await revisionsOf(id)).toEqual([]);
    expect(await commentRow(id)).toMatchObject({ bodyMarkdown: "", deletedAt: at(3 * MINUTE) });
  });
});
