import { describe, expect, it } from "vitest";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";
import { listThreadComments } from "./list-thread-comments";
import { MINUTE, at, commentCountOf, commentRow, commentsOf, expectAppError, post, seedThread } from "./testing";

describe("editComment", () => {
  it("refuses another user's edit and leaves the comment unchanged", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Original words");
    const before = await commentRow(id);
    const stranger = await seedViewer();
    await expectAppError(editComment(stranger, { commentId: id, body: "Hijacked" }, at(MINUTE)), "forbidden");
    expect(await commentRow(id)).toEqual(before);
  });

  it("rewrites the comment at 14 minutes and marks it edited", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Frist");
    const result = await editComment(author, { commentId: id, body: "First, *fixed*" }, at(14 * MINUTE));
    expect(result).toEqual({ id, html: "<p>First, <em>fixed</em></p>", editedAt: at(14 * MINUTE), status: "published" });
    expect(await commentRow(id)).toMatchObject({
      bodyMarkdown: "First, *fixed*",
      bodyHtml: "<p>First, <em>fixed</em></p>",
      editedAt: at(14 * MINUTE),
      createdAt: at(0),
    });
  });

  it("refuses an edit at 16 minutes as a conflict and keeps the text", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Too late to change");
    await expectAppError(editComment(author, { commentId: id, body: "Changed" }, at(16 * MINUTE)), "conflict");
    expect(await commentRow(id)).toMatchObject({ bodyMarkdown: "Too late to change", editedAt: null });
  });

  it("refuses an empty edit with a field error", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Keep me");
    const error = await expectAppError(editComment(author, { commentId: id, body: "   " }, at(MINUTE)), "invalid_input");
    expect(error.fieldErrors).toEqual({ body: ["Write a comment first: it can't be empty."] });
    expect(await commentRow(id)).toMatchObject({ bodyMarkdown: "Keep me", editedAt: null });
  });
});

describe("deleteComment", () => {
  it("refuses another user's delete and leaves the comment in place", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Mine");
    const before = await commentRow(id);
    const stranger = await seedViewer();
    await expectAppError(deleteComment(stranger, { commentId: id }, at(MINUTE)), "forbidden");
    expect(await commentRow(id)).toEqual(before);
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("removes a comment without replies and takes it off the thread's count", async () => {
    const { threadId, author } = await seedThread();
    const kept = await post(author, threadId, "Stays");
    const gone = await post(author, threadId, "Goes");
    expect(await deleteComment(author, { commentId: gone }, at(MINUTE))).toEqual({ id: gone, removed: true });
    expect((await commentsOf(threadId)).map((r) => r.id)).toEqual([kept]);
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("keeps a placeholder for a comment with replies, then removes it with its last reply", async () => {
    const { threadId, author } = await seedThread();
    const replier = await seedViewer();
    const root = await post(author, threadId, "Root");
    const middle = await post(author, threadId, "Middle", { parentId: root });
    const reply = await post(replier, threadId, "Reply", { parentId: middle });
    expect(await commentCountOf(threadId)).toBe(3);

    expect(await deleteComment(author, { commentId: middle }, at(2 * MINUTE))).toEqual({ id: middle, removed: false });
    expect(await commentRow(middle)).toMatchObject({ bodyMarkdown: "", bodyHtml: "", deletedAt: at(2 * MINUTE), replyCount: 1 });
    expect(await commentRow(reply)).toMatchObject({ parentId: middle, bodyMarkdown: "Reply", deletedAt: null });
    expect(await commentRow(root)).toMatchObject({ replyCount: 1, descendantCount: 2 });
    expect(await commentCountOf(threadId)).toBe(2);
    await expectAppError(deleteComment(author, { commentId: middle }, at(3 * MINUTE)), "conflict");
    expect(await commentCountOf(threadId)).toBe(2);

    expect(await deleteComment(replier, { commentId: reply }, at(4 * MINUTE))).toEqual({ id: reply, removed: true });
    expect((await commentsOf(threadId)).map((r) => r.id)).toEqual([root]);
    expect(await commentRow(root)).toMatchObject({ replyCount: 0, descendantCount: 0 });
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("shows a deleted comment in the thread as [deleted] with no text", async () => {
    const { threadId, thread, author } = await seedThread();
    const replier = await seedViewer({ name: "Replier" });
    const root = await post(author, threadId, "Soon gone");
    const reply = await post(replier, threadId, "Still here", { parentId: root });
    await deleteComment(author, { commentId: root }, at(MINUTE));

    const page = await listThreadComments({ thread, sort: "newest", viewer: author, now: at(MINUTE) });
    expect(page.items).toHaveLength(1);
    const [shown] = page.items;
    expect(shown).toMatchObject({
      id: root,
      isDeleted: true,
      author: { id: "", displayName: "[deleted]", image: null },
      html: "",
      can: { reply: false, edit: false, delete: false, vote: false, report: false, moderate: false },
      moreReplies: 0,
    });
    expect(shown!.replies.map((r) => [r.id, r.author.displayName, r.html])).toEqual([[reply, "Replier", "<p>Still here</p>"]]);
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("lets deletes and replies racing in one subthread all finish, with the counters in step", async () => {
    // Three rounds: each used to end in at least one "deadlock detected".
    for (let round = 0; round < 3; round++) {
      const { threadId, author } = await seedThread();
      const [leafAuthor, ...repliers] = await Promise.all(Array.from({ length: 5 }, () => seedViewer()));
      const root = await post(author, threadId, "Root");
      const parent = await post(author, threadId, "Parent", { parentId: root });
      const leaves = [];
      for (let i = 0; i < 4; i++) leaves.push(await post(leafAuthor!, threadId, `Leaf ${i}`, { parentId: parent, now: at(i * MINUTE) }));

      const results = await Promise.allSettled([
        ...leaves.map((id) => deleteComment(leafAuthor!, { commentId: id }, at(10 * MINUTE))),
        ...repliers.map((r, i) => post(r, threadId, `New reply ${i}`, { parentId: parent, now: at(10 * MINUTE) })),
      ]);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(await commentRow(parent)).toMatchObject({ replyCount: 4 });
      expect(await commentRow(root)).toMatchObject({ replyCount: 1, descendantCount: 5 });
      expect(await commentsOf(threadId)).toHaveLength(6);
      expect(await commentCountOf(threadId)).toBe(6);
    }
  });
});
