import "server-only";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { hashPassword } from "./password";
import { signUpSchema } from "./schemas";

/** Creates a reader account with a password. The caller signs the new user in. */
export async function signUp(raw: unknown, ip: string, now = new Date()): Promise<{ id: string; email: string }> {
  const { name, email, password } = parseInput(signUpSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  await enforceRateLimit(limits.signUpByIp, ip, now);
  const passwordHash = await hashPassword(password);
  const [created] = await getDb()
    .insert(users)
    .values({ name, email, passwordHash, createdAt: now })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email });
  if (!created) {
    // Said without confirming the account: "sign in instead" is right whether it is theirs or not.
    throw new AppError("conflict", "That email can't be used for a new account. If you have one, sign in instead.", {
      field: "email",
    });
  }
  return { id: created.id, email: created.email! };
}
