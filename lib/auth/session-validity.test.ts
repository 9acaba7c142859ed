import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { seedUser } from "@/db/testing/factories";
import { endedSessions, users } from "@/db/schema";
import { endSession, isSessionEnded } from "./session-validity";

const NOW = new Date("2026-12-01T12:00:00Z");
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe("session validity", () => {
  it("ends a signed-out session and no other session of the account", async () => {
    const user = await seedUser();
    const signedInAt = NOW.getTime();
    await endSession({ userId: user.id, sessionId: "phone", expiresAt: inDays(30) }, NOW);
    expect(await isSessionEnded({ userId: user.id, signedInAt, sessionId: "phone" })).toBe(true);
    expect(await isSessionEnded({ userId: user.id, signedInAt, sessionId: "laptop" })).toBe(false);
    expect(await isSessionEnded({ userId: user.id, signedInAt, sessionId: undefined })).toBe(false);
  });

  it("ends sessions of a deleted account and sessions older than a password change", async () => {
    const user = await seedUser();
    expect(await isSessionEnded({ userId: "no-such-user", signedInAt: NOW.getTime(), sessionId: "x" })).toBe(true);
    await getDb().update(users).set({ sessionsValidFrom: NOW }).where(eq(users.id, user.id));
    expect(await isSessionEnded({ userId: user.id, signedInAt: NOW.getTime() - 1, sessionId: "x" })).toBe(true);
    expect(await isSessionEnded({ userId: user.id, signedInAt: NOW.getTime(), sessionId: "x" })).toBe(false);
  });

  it("forgets ended sessions once their tokens would have expired anyway, and records one twice without failing", async () => {
    const user = await seedUser();
    await endSession({ userId: user.id, sessionId: `old-${user.id}`, expiresAt: inDays(-1) }, inDays(-2));
    await endSession({ userId: user.id, sessionId: `new-${user.id}`, expiresAt: inDays(30) }, NOW);
    await endSession({ userId: user.id, sessionId: `new-${user.id}`, expiresAt: inDays(30) }, NOW);
    const kept = await getDb().select({ id: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.userId, user.id));
    expect(kept.map((r) => r.id)).toEqual([`new-${user.id}`]);
  });
});
