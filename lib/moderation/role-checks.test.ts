import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moderationSettings, users } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { at, commentRow, expectAppError, post, seedThread } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { banUser, unbanUser } from "./ban-user";
import { changeRole } from "./change-role";
import { featureComment } from "./feature-comment";
import { listModerationLog } from "./list-moderation-log";
import { listModerationQueue } from "./list-moderation-queue";
import { moderateComments } from "./moderate-comments";
import { setThreadClosed, setThreadPremoderated } from "./set-thread-flags";
import { HOUR, auditRows, seedModerator, threadRow, userRow } from "./testing";
import { updateModerationSettings } from "./update-moderation-settings";

/** A thread with a published comment, a reader to act on and one already banned, none of them touched yet. */
async function seedTargets() {
  const world = await seedThread();
  const commentId = await post(world.author, world.threadId, "A comment to act on");
  const target = await seedViewer({ name: "Target" });
  const banned = await seedViewer({ name: "Banned" });
  await getDb().update(users).set({ bannedAt: at(0), bannedUntil: null, banReason: "Spam" }).where(eq(users.id, banned.id));
  return { ...world, commentId, target, banned };
}
type Targets = Awaited<ReturnType<typeof seedTargets>>;

const now = at(HOUR);
const ACTIONS: [name: string, act: (viewer: Viewer | null, t: Targets) => Promise<unknown>][] = [
  ["moderateComments", (v, t) => moderateComments(v, { commentIds: [t.commentId], revisions: { [t.commentId]: 1 }, decision: "reject", reason: "Off topic" }, now)],
  ["featureComment", (v, t) => featureComment(v, { commentId: t.commentId, featured: true }, now)],
  ["banUser", (v, t) => banUser(v, { userId: t.target.id, duration: "7d", reason: "Trolling" }, now)],
  ["unbanUser", (v, t) => unbanUser(v, { userId: t.banned.id }, now)],
  ["setThreadClosed", (v, t) => setThreadClosed(v, { threadId: t.threadId, value: true }, now)],
  ["setThreadPremoderated", (v, t) => setThreadPremoderated(v, { threadId: t.threadId, value: true }, now)],
  ["updateModerationSettings", (v, t) => updateModerationSettings(v, t.site.id, { premoderation: true, bannedWords: "rude", suspectWords: "", maxLinks: 1, newAccountHoldCount: 2, reportHideThreshold: 1 }, now)],
  ["changeRole", (v, t) => changeRole(v, { userId: t.target.id, role: "moderator" }, now)],
  ["listModerationQueue", (v) => listModerationQueue(v, { queue: "pending" })],
  ["listModerationLog", (v) => listModerationLog(v, {})],
];

/** Everything any of the actions could have written. */
async function snapshot(t: Targets) {
  const [settings] = await getDb().select().from(moderationSettings).where(eq(moderationSettings.siteId, t.site.id));
  const audit = await Promise.all([
    auditRows({ siteId: t.site.id }),
    auditRows({ threadId: t.threadId }),
    auditRows({ commentId: t.commentId }),
    auditRows({ targetUserId: t.target.id }),
    auditRows({ targetUserId: t.banned.id }),
  ]);
  return { comment: await commentRow(t.commentId), thread: await threadRow(t.threadId), target: await userRow(t.target.id), banned: await userRow(t.banned.id), settings, audit: audit.flat() };
}

describe("moderation role checks", () => {
  it.each(ACTIONS)("%s refuses a reader as forbidden and a signed-out visitor as unauthorized, and writes nothing", async (_, act) => {
    const targets = await seedTargets();
    const before = await snapshot(targets);
    expect(before.audit).toEqual([]);
    expect(before.settings).toBeUndefined();

    const reader = await seedViewer();
    const forbidden = await expectAppError(act(reader, targets), "forbidden");
    expect(forbidden.message).toMatch(/^Only (moderators|admins) can do that\.$/);
    await expectAppError(act(null, targets), "unauthorized");
    expect(await snapshot(targets)).toEqual(before);
  });

  it("changeRole refuses a moderator too: only admins change roles", async () => {
    const targets = await seedTargets();
    const before = await snapshot(targets);
    const error = await expectAppError(changeRole(await seedModerator(), { userId: targets.target.id, role: "moderator" }, now), "forbidden");
    expect(error.message).toBe("Only admins can do that.");
    expect(await snapshot(targets)).toEqual(before);
  });

  it("checks the role before the input, so a reader learns nothing from a malformed request", async () => {
    await expectAppError(moderateComments(await seedViewer(), { commentIds: "nonsense" }, now), "forbidden");
    await expectAppError(banUser(null, {}, now), "unauthorized");
  });
});
