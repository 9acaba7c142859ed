import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moderationActions } from "@/db/schema";
import { MINUTE, at, expectAppError, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { banUser, unbanUser } from "./ban-user";
import { featureComment } from "./feature-comment";
import { type LogQuery, listModerationLog } from "./list-moderation-log";
import { moderateComments } from "./moderate-comments";
import { HOUR, seedModeratedThread, seedModerator, seen } from "./testing";

/** A held comment approved, a reader banned and unbanned, a comment featured: five rows, one automatic. */
async function seedHistory() {
  const world = await seedModeratedThread({ suspectWords: ["casino"] });
  const { moderator, author, threadId } = world;
  const held = await post(author, threadId, "Casino night tonight");
  const plain = await post(author, threadId, "Plain words", { now: at(MINUTE) });
  const troll = await seedViewer({ name: "Troll" });
  await moderateComments(moderator, { ...(await seen([held])), decision: "approve" }, at(HOUR));
  await banUser(moderator, { userId: troll.id, duration: "1d", reason: "Trolling" }, at(2 * HOUR));
  await unbanUser(moderator, { userId: troll.id }, at(3 * HOUR));
  await featureComment(moderator, { commentId: plain, featured: true }, at(4 * HOUR));
  return { ...world, held, plain, troll };
}

describe("listModerationLog", () => {
  it("lists one moderator's decisions newest first, naming the actor and the person affected", async () => {
    const { moderator, troll, author, held, plain, threadId } = await seedHistory();
    const { items, nextCursor } = await listModerationLog(moderator, { actor: moderator.id });
    expect(nextCursor).toBeNull();
    expect(items.map((e) => [e.kind, e.commentId, e.target?.id])).toEqual([
      ["feature", plain, author.id],
      ["unban", null, troll.id],
      ["ban", null, troll.id],
      ["approve", held, author.id],
    ]);
    expect(items[2]).toMatchObject({
      actor: { id: moderator.id, displayName: "Moderator" },
      target: { id: troll.id, displayName: "Troll" },
      reason: "Trolling",
      statusBefore: "active",
      createdAt: at(2 * HOUR),
    });
    expect(items[0]).toMatchObject({ threadId, rule: null });
  });

  it("filters by kind, affected user, comment and automatic decisions", async () => {
    const { moderator, troll, author, held } = await seedHistory();
    const kinds = async (query: LogQuery) => (await listModerationLog(moderator, query)).items.map((e) => e.kind);
    expect(await kinds({ actor: moderator.id, kind: "ban" })).toEqual(["ban"]);
    expect(await kinds({ user: troll.id })).toEqual(["unban", "ban"]);
    expect(await kinds({ comment: held })).toEqual(["approve", "hold"]);
    expect(await kinds({ user: author.id })).toEqual(["feature", "approve", "hold"]);

    const automatic = await listModerationLog(moderator, { user: author.id, automatic: "1" });
    expect(automatic.items).toHaveLength(1);
    expect(automatic.items[0]).toMatchObject({ kind: "hold", actor: null, rule: "suspect_words", commentId: held, reason: 'Contains a suspect word: "casino"' });
  });

  it("pages 55 rows by keyset, 50 then 5, breaking ties in created_at by id", async () => {
    const moderator = await seedModerator();
    const target = await seedViewer();
    // Every five rows share one created_at.
    const rows = Array.from({ length: 55 }, (_, i) => ({ kind: "ban" as const, actorId: moderator.id, targetUserId: target.id, reason: `Row ${i}`, createdAt: at(Math.floor(i / 5) * MINUTE) }));
    const inserted = await getDb().insert(moderationActions).values(rows).returning({ id: moderationActions.id });
    const first = await listModerationLog(moderator, { user: target.id });
    expect(first.items).toHaveLength(50);
    const second = await listModerationLog(moderator, { user: target.id, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(inserted.map((r) => r.id).reverse());
  });

  it("refuses a forged cursor", async () => {
    const error = await expectAppError(listModerationLog(await seedModerator(), { cursor: "e30" }), "invalid_input");
    expect(error.field).toBe("cursor");
  });
});

describe("the audit log is append-only", () => {
  it("refuses a raw update and a raw delete, leaving the row as it was", async () => {
    const { moderator } = await seedHistory();
    const { items } = await listModerationLog(moderator, { actor: moderator.id, kind: "ban" });
    const id = items[0]!.id;
    const read = () => getDb().select().from(moderationActions).where(eq(moderationActions.id, id));
    const before = await read();
    expect(before).toHaveLength(1);

    // Scoped to one row for safety, though the trigger refuses the statement whatever it touches.
    for (const statement of [sql`update moderation_actions set reason = 'x' where id = ${id}`, sql`delete from moderation_actions where id = ${id}`]) {
      const failure = await getDb().execute(statement).then(() => null, (e: unknown) => e);
      // Drizzle wraps the driver's error; the trigger's message is its cause.
      expect((failure as Error | null)?.cause).toMatchObject({ message: "moderation_actions is append-only" });
    }
    expect(await read()).toEqual(before);
  });
});
