import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

// A password chosen at sign-up only counts once its owner opens the link mailed with it.
// Otherwise anyone could sign up under someone else's address first and keep a password
// to the account its real owner later signs in to by email link.

/**
 * Ties a sign-up's password to the link made for it (`tokenHash`, as Auth.js stores the
 * token). Only the very hash this sign-up wrote: if another sign-up replaced it meanwhile,
 * nothing is tied, and this link will drop the password instead of confirming it.
 */
export async function bindPendingPassword(email: string, passwordHash: string, tokenHash: string): Promise<void> {
  await getDb()
    .update(users)
    .set({ signUpTokenHash: tokenHash })
    .where(and(eq(users.email, email), isNull(users.emailVerified), eq(users.passwordHash, passwordHash)));
}

/**
 * Runs when an email link is used, before Auth.js marks the address confirmed: the pending
 * password survives only if this is the link its sign-up sent (`tokenHash` as stored).
 */
export async function settlePendingPassword(email: string, tokenHash: string): Promise<void> {
  await getDb()
    .update(users)
    .set({
      passwordHash: sql`case when ${users.signUpTokenHash} = ${tokenHash} then ${users.passwordHash} end`,
      signUpTokenHash: null,
    })
    .where(and(eq(users.email, email), isNull(users.emailVerified), isNotNull(users.passwordHash)));
}
