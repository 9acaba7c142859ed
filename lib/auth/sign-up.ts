import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/forms/parse-input";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { countEmailLink } from "./email-link-limits";
import { hashPassword } from "./password";
import { signUpSchema } from "./schemas";
import type { SignUpRequest } from "./sign-up-context";

/**
 * Records a sign-up: a new account, or new details for one still awaiting its first
 * confirmation. The password counts only once the address is confirmed by the link the
 * caller then has Auth.js mail, inside `withSignUp` (see pending-password.ts). An address
 * with a confirmed account is left untouched, and the answer is the same either way, so
 * sign-up tells no one which addresses have accounts.
 */
export async function signUp(raw: unknown, ip: string, now = new Date()): Promise<SignUpRequest> {
  const { name, email, password } = parseInput(signUpSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  await enforceRateLimit(limits.signUpByIp, ip, now);
  // Before anything is written: a refused link must leave the account as it was.
  await countEmailLink(email, ip, now);
  const passwordHash = await hashPassword(password);
  const db = getDb();
  const [created] = await db
    .insert(users)
    .values({ name, email, passwordHash, createdAt: now })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (created) return { email, pendingPasswordHash: passwordHash };
  const replaced = await db
    .update(users)
    .set({ name, passwordHash, signUpTokenHash: null })
    .where(and(eq(users.email, email), isNull(users.emailVerified), isNotNull(users.passwordHash)))
    .returning({ id: users.id });
  return { email, pendingPasswordHash: replaced.length ? passwordHash : null };
}
