import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment } from "@/lib/comments/post-comment";
import { MINUTE, at, commentCountOf, commentRow, commentsOf, expectAppError, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { moderateComments } from "./moderate-comments";
import { setThreadPremoderated } from "./set-thread-flags";
import { HOUR, auditRows, seedModeratedThread, seen } from "./testing";

const BAD_MESSAGE = 'Your comment contains a word that isn\'t allowed here: "bad". Please rephrase.';

describe("the site's rules, applied as comments are posted and edited", () => {
  it("refuses a banned word with the rule's message, storing no comment but an automatic audit row", async () => {
    const { threadId, site, author } = await seedModeratedThread({ bannedWords: ["bad"] });
    const error = await expectAppError(postComment(author, { threadId, body: "This is bad news" }, { now: at(0), ip: randomUUID() }), "invalid_input");
    expect(error.message).toBe(BAD_MESSAGE);
    expect(error.field).toBe("body");
    expect(await commentsOf(threadId)).toEqual([]);
    expect(await commentCountOf(threadId)).toBe(0);
    expect(await auditRows({ targetUserId: author.id })).toEqual([
      { kind: "refuse", actorId: null, rule: "banned_words", commentId: null, targetUserId: author.id, threadId, siteId: site.id, reason: BAD_MESSAGE, statusBefore: null, statusAfter: null, createdAt: at(0) },
    ]);
  });

  it.each([
    ["spelled out", "That was b a d of them"],
    ["stretched", "Simply baaad"],
    ["written with a Cyrillic look-alike", "Really b\u0430d"],
    ["in capitals with a leet digit", "B4D idea"],
  ])("refuses a banned word %s", async (_, body) => {
    const { threadId, author } = await seedModeratedThread({ bannedWords: ["bad"] });
    const error = await expectAppError(post(author, threadId, body), "invalid_input");
    expect(error.message).toBe(BAD_MESSAGE);
    expect(await commentsOf(threadId)).toEqual([]);
  });

  it("holds a suspect word for a moderator: pending, uncounted, with the rule and an automatic audit row", async () => {
    const { threadId, site, author } = await seedModeratedThread({ suspectWords: ["casino"] });
    const { id, status } = await postComment(author, { threadId, body: "Try the new casino" }, { now: at(0), ip: randomUUID() });
    expect(status).toBe("pending");
    expect(await commentRow(id)).toMatchObject({ status: "pending", heldByRule: "suspect_words", moderationReason: 'Contains a suspect word: "casino"' });
    expect(await commentCountOf(threadId)).toBe(0);
    expect(await auditRows({ commentId: id })).toEqual([
      { kind: "hold", actorId: null, rule: "suspect_words", commentId: id, targetUserId: author.id, threadId, siteId: site.id, reason: 'Contains a suspect word: "casino"', statusBefore: null, statusAfter: "pending", createdAt: at(0) },
    ]);
  });

  it("holds a comment with more links than the site allows, and publishes one at the limit", async () => {
    const { threadId, author } = await seedModeratedThread({ maxLinks: 3 });
    const links = (n: number) => Array.from({ length: n }, (_, i) => `[source ${i}](https://example.com/${i})`).join(" ");
    const atLimit = await post(author, threadId, `Three: ${links(3)}`);
    const over = await post(author, threadId, `Four: ${links(4)}`, { now: at(MINUTE) });
    expect(await commentRow(atLimit)).toMatchObject({ status: "published", heldByRule: null });
    expect(await commentRow(over)).toMatchObject({ status: "pending", heldByRule: "too_many_links", moderationReason: "Contains 4 links (more than 3)" });
    expect(await commentCountOf(threadId)).toBe(1);
  });

  it("holds a new account's first two comments, and publishes the third once both are approved", async () => {
    const { threadId, author, moderator } = await seedModeratedThread({ newAccountHoldCount: 2 });
    const first = await post(author, threadId, "My first comment");
    const second = await post(author, threadId, "My second comment", { now: at(MINUTE) });
    for (const id of [first, second]) {
      expect(await commentRow(id)).toMatchObject({ status: "pending", heldByRule: "new_account", moderationReason: "One of the first 2 comments of a new account" });
    }
    await moderateComments(moderator, { ...(await seen([first])), decision: "approve" }, at(HOUR));
    const stillHeld = await post(author, threadId, "One approved so far", { now: at(HOUR + MINUTE) });
    expect(await commentRow(stillHeld)).toMatchObject({ status: "pending", heldByRule: "new_account" });

    await moderateComments(moderator, { ...(await seen([second])), decision: "approve" }, at(2 * HOUR));
    const third = await post(author, threadId, "Now I am trusted", { now: at(2 * HOUR + MINUTE) });
    expect(await commentRow(third)).toMatchObject({ status: "published", heldByRule: null });
    expect(await commentCountOf(threadId)).toBe(3);
  });

  it("holds every comment while the site is pre-moderated", async () => {
    const { threadId, author } = await seedModeratedThread({ premoderation: true });
    const id = await post(author, threadId, "Anything at all");
    expect(await commentRow(id)).toMatchObject({ status: "pending", heldByRule: "premoderation", moderationReason: "Pre-moderation is on for this site" });
  });

  it("holds every comment on a pre-moderated thread, and no longer once it is lifted", async () => {
    const { threadId, author, moderator } = await seedModeratedThread();
    await setThreadPremoderated(moderator, { threadId, value: true }, at(0));
    const held = await post(author, threadId, "Waiting my turn");
    expect(await commentRow(held)).toMatchObject({ status: "pending", heldByRule: "premoderation", moderationReason: "Pre-moderation is on for this article" });
    await setThreadPremoderated(moderator, { threadId, value: false }, at(MINUTE));
    const published = await post(author, threadId, "Straight through", { now: at(2 * MINUTE) });
    expect(await commentRow(published)).toMatchObject({ status: "published" });
  });

  it("publishes a moderator's own comment with a banned word: moderators skip the rules", async () => {
    const { threadId, site, moderator } = await seedModeratedThread({ bannedWords: ["bad"], suspectWords: ["casino"], premoderation: true });
    const id = await post(moderator, threadId, "Quoting the bad casino comment");
    expect(await commentRow(id)).toMatchObject({ status: "published", heldByRule: null });
    expect(await commentCountOf(threadId)).toBe(1);
    expect(await auditRows({ siteId: site.id })).toEqual([]);
  });

  it("sends a published reply back to the queue when an edit adds a suspect word, uncounting it", async () => {
    const { threadId, site, author } = await seedModeratedThread({ suspectWords: ["casino"] });
    const root = await post(author, threadId, "Harbour reopened");
    const replier = await seedViewer();
    const reply = await post(replier, threadId, "Good news", { parentId: root, now: at(MINUTE) });
    expect(await commentCountOf(threadId)).toBe(2);
    expect(await commentRow(root)).toMatchObject({ descendantCount: 1 });

    const edited = await editComment(replier, { commentId: reply, body: "Good news for the casino" }, at(5 * MINUTE));
    expect(edited.status).toBe("pending");
    expect(await commentRow(reply)).toMatchObject({ status: "pending", heldByRule: "suspect_words", bodyMarkdown: "Good news for the casino", editedAt: at(5 * MINUTE) });
    expect(await commentCountOf(threadId)).toBe(1);
    expect(await commentRow(root)).toMatchObject({ descendantCount: 0 });
    expect(await auditRows({ commentId: reply })).toEqual([
      { kind: "hold", actorId: null, rule: "suspect_words", commentId: reply, targetUserId: replier.id, threadId, siteId: site.id, reason: 'Contains a suspect word: "casino"', statusBefore: "published", statusAfter: "pending", createdAt: at(5 * MINUTE) },
    ]);
  });

  it("refuses an edit that adds a banned word and keeps the comment as it was", async () => {
    const { threadId, author } = await seedModeratedThread({ bannedWords: ["bad"] });
    const id = await post(author, threadId, "A fine comment");
    await expectAppError(editComment(author, { commentId: id, body: "A bad comment" }, at(MINUTE)), "invalid_input");
    expect(await commentRow(id)).toMatchObject({ status: "published", bodyMarkdown: "A fine comment", editedAt: null });
  });
});
