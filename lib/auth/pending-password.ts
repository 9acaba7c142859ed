import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env } from "@/lib/env";

// A password chosen at sign-up only counts once its owner opens the link mailed with it.
// Otherwise anyone could sign up under someone else's address first and keep a password
// to the account its real owner later signs in to by email link.

/** The token as Auth.js stores and looks it up: SHA-256 of the token and the secret, hex. */
export function hashVerificationToken(token: string): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: email links cannot be checked without it.");
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export type SignUpLinkKind = "confirms-password" | "signs-in-existing-account";

/**
 * Ties a sign-up's password to the link about to be mailed for it. An address that already
 * has a confirmed account (or one without a password) gets a plain sign-in link instead.
 */
export async function bindPendingPassword(email: string, token: string): Promise<SignUpLinkKind> {
  const bound = await getDb()
    .update(users)
    .set({ signUpTokenHash: hashVerificationToken(token) })
    .where(and(eq(users.email, email), isNull(users.emailVerified), isNotNull(users.passwordHash)))
    .returning({ id: users.id });
  return bound.length ? "confirms-password" : "signs-in-existing-account";
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
