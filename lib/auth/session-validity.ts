import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { endedSessions, users } from "@/db/schema";
import { isRevoked } from "./session-claims";

type SessionClaims = { userId: string; signedInAt: number | undefined; sessionId: string | undefined };

/** Whether a session token is over: its account is gone, it was signed out, or its account changed its password since. */
export async function isSessionEnded({ userId, signedInAt, sessionId }: SessionClaims): Promise<boolean> {
  const [user] = await getDb()
    .select({
      sessionsValidFrom: users.sessionsValidFrom,
      signedOut: sessionId
        ? sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${sessionId})`
        : sql<boolean>`false`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return !user || user.signedOut || isRevoked({ signedInAt }, user.sessionsValidFrom);
}

/**
 * Ends one session for good: its cookie, even copied elsewhere, stops working. Rows of
 * sessions whose tokens have expired anyway go at the same time.
 */
export async function endSession({ userId, sessionId, expiresAt }: { userId: string; sessionId: string; expiresAt: Date }, now = new Date()): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.insert(endedSessions).values({ sessionId, userId, expiresAt }).onConflictDoNothing();
    await tx.delete(endedSessions).where(lt(endedSessions.expiresAt, now));
  });
}
