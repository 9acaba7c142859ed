import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { isRevoked } from "./session-claims";

/** Whether a session token is over: its account is gone, or changed its password since it signed in. */
export async function isSessionEnded(userId: string, signedInAt: number | undefined): Promise<boolean> {
  const [user] = await getDb().select({ sessionsValidFrom: users.sessionsValidFrom }).from(users).where(eq(users.id, userId));
  return !user || isRevoked({ signedInAt }, user.sessionsValidFrom);
}
