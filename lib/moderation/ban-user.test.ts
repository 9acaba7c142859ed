import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { commentReports, commentVotes } from "@/db/schema";
import { toViewer } from "@/lib/auth/to-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment } from "@/lib/comments/post-comment";
import { reportComment } from "@/lib/comments/report-comment";
import { MINUTE, at, commentRow, commentsOf, expectAppError, post, seedThread } from "@/lib/comments/testing";
import { voteComment } from "@/lib/comments/vote-comment";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { banUser, unbanUser } from "./ban-user";
import { DAY, auditRows, seedAdmin, seedModerator, userRow } from "./testing";

const BANNED_AT = at(MINUTE);

/** What a banned viewer is refused: every write, each with the same message. */
async function expectEveryWriteRefused(viewer: Viewer, ids: { threadId: number; own: number; other: number }, now: Date) {
  const attempts = [
    postComment(viewer, { threadId: ids.threadId, body: "Let me back in" }, { now, ip: randomUUID() }),
    voteComment(viewer, { commentId: ids.other, direction: "up" }, { now, ip: randomUUID() }),
    reportComment(viewer, { commentId: ids.other, reason: "spam" }, now),
    editComment(viewer, { commentId: ids.own, body: "Edited while banned" }, now),
  ];
  return Promise.all(attempts.map((attempt) => expectAppError(attempt, "forbidden").then((e) => e.message)));
}

/** A reader with a comment of their own beside someone else's, and a moderator. */
async function seedBannable() {
  const { threadId, author } = await seedThread();
  const reader = await seedViewer({ name: "Troll" });
  const other = await post(author, threadId, "Someone else's comment");
  const own = await post(reader, threadId, "The troll's comment");
  return { threadId, reader, ids: { threadId, own, other }, moderator: await seedModerator() };
}

describe("banUser and unbanUser", () => {
  it("bans for 7 days: stores when, until when and why, and audits it", async () => {
    const { reader, moderator } = await seedBannable();
    const until = new Date(BANNED_AT.getTime() + 7 * DAY);
    expect(await banUser(moderator, { userId: reader.id, duration: "7d", reason: "  Trolling  " }, BANNED_AT)).toEqual({ userId: reader.id, until, site: null });
    expect(await userRow(reader.id)).toMatchObject({ bannedAt: BANNED_AT, bannedUntil: until, banReason: "Trolling" });
    expect(toViewer(await userRow(reader.id), at(2 * MINUTE)).ban).toEqual({ until, reason: "Trolling" });
    expect(await auditRows({ targetUserId: reader.id })).toEqual([
      { kind: "ban", actorId: moderator.id, rule: null, commentId: null, targetUserId: reader.id, threadId: null, siteId: null, reason: "Trolling", statusBefore: "active", statusAfter: `banned until ${until.toISOString()}`, createdAt: BANNED_AT },
    ]);
  });

  it("refuses a banned reader's posts, votes, reports and edits, saying why and until when", async () => {
    const { threadId, reader, ids, moderator } = await seedBannable();
    await banUser(moderator, { userId: reader.id, duration: "7d", reason: "Trolling" }, BANNED_AT);
    const banned = toViewer(await userRow(reader.id), at(2 * MINUTE));
    const messages = await expectEveryWriteRefused(banned, ids, at(2 * MINUTE));
    for (const message of messages) {
      expect(message).toBe("You are banned from commenting until Sunday, 8 January 2090 at 00:01 UTC. Reason: Trolling");
    }
    expect((await commentsOf(threadId)).map((c) => c.id)).toEqual([ids.other, ids.own]);
    expect(await commentRow(ids.own)).toMatchObject({ bodyMarkdown: "The troll's comment", editedAt: null });
    expect(await getDb().select().from(commentVotes).where(eq(commentVotes.userId, reader.id))).toEqual([]);
    expect(await getDb().select().from(commentReports).where(eq(commentReports.reporterId, reader.id))).toEqual([]);
  });

  it("says a permanent ban is permanent", async () => {
    const { reader, ids, moderator } = await seedBannable();
    expect(await banUser(moderator, { userId: reader.id, duration: "permanent", reason: "Threats" }, BANNED_AT)).toEqual({ userId: reader.id, until: null, site: null });
    const row = await userRow(reader.id);
    expect(row).toMatchObject({ bannedAt: BANNED_AT, bannedUntil: null, banReason: "Threats" });
    expect(toViewer(row, at(400 * DAY)).ban).toEqual({ until: null, reason: "Threats" });
    const messages = await expectEveryWriteRefused(toViewer(row, at(2 * MINUTE)), ids, at(2 * MINUTE));
    expect(new Set(messages)).toEqual(new Set(["You are banned from commenting permanently. Reason: Threats"]));
    expect((await auditRows({ targetUserId: reader.id })).map((r) => r.statusAfter)).toEqual(["banned permanently"]);
  });

  it("stops counting a ban once its time is up", async () => {
    const { threadId, reader, moderator } = await seedBannable();
    await banUser(moderator, { userId: reader.id, duration: "1d", reason: "Cool off" }, BANNED_AT);
    const row = await userRow(reader.id);
    expect(toViewer(row, new Date(BANNED_AT.getTime() + DAY - 1)).ban).not.toBeNull();
    const after = toViewer(row, new Date(BANNED_AT.getTime() + DAY));
    expect(after.ban).toBeNull();
    const { status } = await postComment(after, { threadId, body: "Back again, calmer" }, { now: at(2 * DAY), ip: randomUUID() });
    expect(status).toBe("published");
  });

  it("unbans: clears the ban and audits it; unbanning someone not banned is refused", async () => {
    const { reader, moderator } = await seedBannable();
    await banUser(moderator, { userId: reader.id, duration: "30d", reason: "Spam" }, BANNED_AT);
    expect(await unbanUser(moderator, { userId: reader.id }, at(DAY))).toEqual({ userId: reader.id });
    const row = await userRow(reader.id);
    expect(row).toMatchObject({ bannedAt: null, bannedUntil: null, banReason: null });
    expect(toViewer(row, at(DAY)).ban).toBeNull();
    await expectAppError(unbanUser(moderator, { userId: reader.id }, at(2 * DAY)), "conflict");
    expect(await auditRows({ targetUserId: reader.id })).toEqual([
      expect.objectContaining({ kind: "ban", actorId: moderator.id }),
      { kind: "unban", actorId: moderator.id, rule: null, commentId: null, targetUserId: reader.id, threadId: null, siteId: null, reason: null, statusBefore: "banned", statusAfter: "active", createdAt: at(DAY) },
    ]);
  });

  it("lets a moderator ban neither another moderator nor an admin; an admin may ban a moderator only", async () => {
    const [moderator, otherModerator, admin, otherAdmin] = await Promise.all([seedModerator(), seedModerator(), seedAdmin(), seedAdmin()]);
    const ban = (actor: Viewer, target: Viewer) => banUser(actor, { userId: target.id, duration: "7d", reason: "Abuse of power" }, BANNED_AT);
    await expectAppError(ban(moderator, otherModerator), "forbidden");
    await expectAppError(ban(moderator, admin), "forbidden");
    await expectAppError(ban(admin, otherAdmin), "forbidden");
    for (const target of [otherModerator, admin, otherAdmin]) {
      expect(await userRow(target.id)).toMatchObject({ bannedAt: null });
      expect(await auditRows({ targetUserId: target.id })).toEqual([]);
    }
    await ban(admin, otherModerator);
    expect(await userRow(otherModerator.id)).toMatchObject({ bannedAt: BANNED_AT, banReason: "Abuse of power" });
  });

  it("lets nobody ban themselves", async () => {
    for (const actor of [await seedModerator(), await seedAdmin()]) {
      const error = await expectAppError(banUser(actor, { userId: actor.id, duration: "1d", reason: "Testing" }, BANNED_AT), "conflict");
      expect(error.message).toBe("You can't ban yourself.");
      expect(await userRow(actor.id)).toMatchObject({ bannedAt: null });
      expect(await auditRows({ targetUserId: actor.id })).toEqual([]);
    }
  });

  it("lets nobody lift their own ban, and only an admin lift a moderator's", async () => {
    const [admin, banned, colleague] = await Promise.all([seedAdmin(), seedModerator("Banned moderator"), seedModerator()]);
    await banUser(admin, { userId: banned.id, duration: "30d", reason: "Misused the queue" }, BANNED_AT);
    const self = toViewer(await userRow(banned.id), at(DAY));
    expect(self).toMatchObject({ role: "moderator", ban: { reason: "Misused the queue" } });

    // Banned, they can't moderate at all, let alone lift their own ban.
    const error = await expectAppError(unbanUser(self, { userId: banned.id }, at(DAY)), "forbidden");
    expect(error.message).toBe("You are banned, so you can't moderate.");
    await expectAppError(unbanUser(colleague, { userId: banned.id }, at(DAY)), "forbidden");
    expect(await userRow(banned.id)).toMatchObject({ bannedAt: BANNED_AT, banReason: "Misused the queue" });
    expect((await auditRows({ targetUserId: banned.id })).map((r) => r.kind)).toEqual(["ban"]);

    await unbanUser(admin, { userId: banned.id }, at(2 * DAY));
    expect(await userRow(banned.id)).toMatchObject({ bannedAt: null });
  });

  it("refuses a ban without a reason, or of someone who does not exist", async () => {
    const { reader, moderator } = await seedBannable();
    const error = await expectAppError(banUser(moderator, { userId: reader.id, duration: "7d", reason: " " }, BANNED_AT), "invalid_input");
    expect(error.fieldErrors?.reason).toEqual(["Say why: the reader will see it."]);
    await expectAppError(banUser(moderator, { userId: randomUUID(), duration: "7d", reason: "Spam" }, BANNED_AT), "not_found");
    expect(await userRow(reader.id)).toMatchObject({ bannedAt: null });
  });
});
