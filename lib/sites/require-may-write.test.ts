import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { siteBans, sites, threads, users } from "@/db/schema";
import { seedArticle, seedSite } from "@/db/testing/factories";
import type { Viewer } from "@/lib/auth/viewer";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment } from "@/lib/comments/post-comment";
import { reportComment } from "@/lib/comments/report-comment";
import { MINUTE, at, expectAppError, post, seedThread } from "@/lib/comments/testing";
import { voteComment } from "@/lib/comments/vote-comment";
import { banUser, unbanUser } from "@/lib/moderation/ban-user";
import { DAY, auditRows, seedModerator } from "@/lib/moderation/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { readThread } from "@/lib/threads/read-thread";
import { isThreadClosed } from "./is-thread-closed";

const ip = () => randomUUID();

/** Two sites, each with a thread and a comment by someone else on it. */
async function seedTwoSites() {
  const home = await seedThread();
  const other = await seedSite();
  const article = await seedArticle({ siteId: other.id, title: "Elsewhere", body: "On another site." });
  const [{ publicId }] = await getDb().select({ publicId: sites.publicId }).from(sites).where(eq(sites.id, home.site.id)) as [{ publicId: string }];
  const otherComment = await post(home.author, article.threadId, "A comment on the other site");
  const homeComment = await post(home.author, home.threadId, "A comment on the first site");
  return { home: { ...home.site, publicId, threadId: home.threadId, comment: homeComment }, other: { ...other, threadId: article.threadId, comment: otherComment } };
}

async function ssoViewerOf(siteId: number): Promise<Viewer> {
  const viewer = await seedViewer({ name: "SSO reader" });
  await getDb().update(users).set({ siteId }).where(eq(users.id, viewer.id));
  return { ...viewer, siteId };
}

describe("requireMayWrite in the comment writes", () => {
  it("lets an SSO user write on their own site's threads only", async () => {
    const { home, other } = await seedTwoSites();
    const reader = await ssoViewerOf(home.id);
    await post(reader, home.threadId, "At home", { now: at(MINUTE) });
    const refusals = await Promise.all([
      postComment(reader, { threadId: other.threadId, body: "Abroad" }, { now: at(2 * MINUTE), ip: ip() }),
      voteComment(reader, { commentId: other.comment, direction: "up" }, { now: at(2 * MINUTE), ip: ip() }),
      reportComment(reader, { commentId: other.comment, reason: "spam" }, at(2 * MINUTE)),
    ].map((p) => expectAppError(p, "forbidden").then((e) => e.message)));
    expect(new Set(refusals)).toEqual(new Set(["Your account belongs to another site: you can comment only on that site's pages."]));
    await voteComment(reader, { commentId: home.comment, direction: "up" }, { now: at(2 * MINUTE), ip: ip() });
  });

  it("refuses a site-banned reader's post, vote, report and edit on that site only, and lets them delete", async () => {
    const { home, other } = await seedTwoSites();
    const reader = await seedViewer({ name: "Site troll" });
    const own = await post(reader, home.threadId, "Before the ban", { now: at(0) });
    const moderator = await seedModerator();
    await banUser(moderator, { userId: reader.id, duration: "7d", reason: "Trolling here", site: home.publicId }, at(MINUTE));

    const now = at(2 * MINUTE);
    const refusals = await Promise.all([
      postComment(reader, { threadId: home.threadId, body: "Still here" }, { now, ip: ip() }),
      voteComment(reader, { commentId: home.comment, direction: "up" }, { now, ip: ip() }),
      reportComment(reader, { commentId: home.comment, reason: "spam" }, now),
      editComment(reader, { commentId: own, body: "Edited while banned" }, now),
    ].map((p) => expectAppError(p, "forbidden").then((e) => e.message)));
    expect(new Set(refusals).size).toBe(1);
    expect(refusals[0]).toMatch(/^You are banned from commenting on this site until .+\. Reason: Trolling here$/);

    await post(reader, other.threadId, "Fine over here", { now });
    await voteComment(reader, { commentId: other.comment, direction: "up" }, { now, ip: ip() });
    expect(await deleteComment(reader, { commentId: own }, now)).toEqual({ id: own, removed: true });
  });

  it("lets a site ban end on its own and be lifted, each audited with the site", async () => {
    const { home } = await seedTwoSites();
    const reader = await seedViewer();
    const moderator = await seedModerator();
    await banUser(moderator, { userId: reader.id, duration: "1d", reason: "Cool off", site: home.publicId }, at(0));
    await expectAppError(postComment(reader, { threadId: home.threadId, body: "Too soon" }, { now: at(DAY - MINUTE), ip: ip() }), "forbidden");
    await post(reader, home.threadId, "A day later", { now: at(DAY + MINUTE) });

    await banUser(moderator, { userId: reader.id, duration: "permanent", reason: "Again", site: home.publicId }, at(2 * DAY));
    await expectAppError(postComment(reader, { threadId: home.threadId, body: "Forever?" }, { now: at(3 * DAY), ip: ip() }), "forbidden");
    await unbanUser(moderator, { userId: reader.id, site: home.publicId }, at(3 * DAY));
    await post(reader, home.threadId, "Lifted", { now: at(3 * DAY + MINUTE) });
    await expectAppError(unbanUser(moderator, { userId: reader.id, site: home.publicId }, at(4 * DAY)), "conflict");

    const audit = await auditRows({ targetUserId: reader.id });
    expect(audit.map((a) => [a.kind, a.siteId, a.statusAfter])).toEqual([
      ["ban", home.id, `banned until ${new Date(at(0).getTime() + DAY).toISOString()} on this site`],
      ["ban", home.id, "banned permanently on this site"],
      ["unban", home.id, "active"],
    ]);
    const [row] = await getDb().select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, reader.id));
    expect(row?.bannedAt).toBeNull();
    expect(await getDb().select().from(siteBans).where(and(eq(siteBans.userId, reader.id)))).toEqual([]);
  });

  it("keeps a global ban everywhere, and a site unban doesn't lift it", async () => {
    const { home, other } = await seedTwoSites();
    const reader = await seedViewer();
    const moderator = await seedModerator();
    await banUser(moderator, { userId: reader.id, duration: "7d", reason: "Everywhere", site: "everywhere" }, at(0));
    await expectAppError(unbanUser(moderator, { userId: reader.id, site: home.publicId }, at(MINUTE)), "conflict");
    const [row] = await getDb().select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, reader.id));
    expect(row?.bannedAt).toEqual(at(0));
    const banned = { ...reader, ban: { until: new Date(at(0).getTime() + 7 * DAY), reason: "Everywhere" } };
    for (const threadId of [home.threadId, other.threadId]) {
      await expectAppError(postComment(banned, { threadId, body: "Anywhere?" }, { now: at(MINUTE), ip: ip() }), "forbidden");
    }
  });

  it("refuses a site ban for a site that doesn't exist", async () => {
    const reader = await seedViewer();
    const error = await expectAppError(banUser(await seedModerator(), { userId: reader.id, duration: "7d", reason: "Nowhere", site: "nosuchsite" }, at(0)), "not_found");
    expect(error.field).toBe("site");
    await expectAppError(banUser(await seedModerator(), { userId: reader.id, duration: "7d", reason: "Nowhere", site: "Not an id!" }, at(0)), "invalid_input");
  });

  it("closes a thread to new comments closeAfterDays after it was created, and keeps edits and votes open", async () => {
    const { home } = await seedTwoSites();
    const [thread] = await getDb().update(threads).set({ createdAt: at(0) }).where(eq(threads.id, home.threadId)).returning({ createdAt: threads.createdAt });
    await getDb().update(sites).set({ closeAfterDays: 2 }).where(eq(sites.id, home.id));
    const reader = await seedViewer();
    const own = await post(reader, home.threadId, "Just in time", { now: at(2 * DAY - MINUTE) });
    const closed = await expectAppError(postComment(reader, { threadId: home.threadId, body: "Too late" }, { now: at(2 * DAY), ip: ip() }), "conflict");
    expect(closed.message).toBe("Comments are closed on this article.");
    await editComment(reader, { commentId: own, body: "Just in time, edited" }, at(2 * DAY + MINUTE));
    await voteComment(reader, { commentId: home.comment, direction: "up" }, { now: at(2 * DAY + MINUTE), ip: ip() });
    // The read side says so too: no composer, no "Reply", while the moderators' flag stays as it was.
    const ref = { id: home.threadId, commentCount: 2, isClosed: false, isPremoderated: false };
    const before = await readThread({ thread: ref, query: {}, viewer: reader, now: at(2 * DAY - MINUTE) });
    const after = await readThread({ thread: ref, query: {}, viewer: reader, now: at(2 * DAY) });
    expect([before.isClosed, after.isClosed, after.thread.isClosed]).toEqual([false, true, false]);
    const replyable = (view: typeof after) => (view.view.kind === "page" ? view.view.page.items.map((c) => c.can.reply) : []);
    expect(replyable(before)).toEqual([true, true]);
    expect(replyable(after)).toEqual([false, false]);
    expect(isThreadClosed({ isClosed: false, createdAt: thread!.createdAt }, { closeAfterDays: 2 }, at(2 * DAY - 1))).toBe(false);
    expect(isThreadClosed({ isClosed: false, createdAt: thread!.createdAt }, { closeAfterDays: 2 }, at(2 * DAY))).toBe(true);
    expect(isThreadClosed({ isClosed: true, createdAt: thread!.createdAt }, { closeAfterDays: null }, at(0))).toBe(true);
    expect(isThreadClosed({ isClosed: false, createdAt: thread!.createdAt }, { closeAfterDays: null }, at(3650 * DAY))).toBe(false);
  });
});
