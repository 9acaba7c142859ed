import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { limits } from "@/lib/rate-limit/limits";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export type AuthorizedUser = { id: string; name: string | null; email: string | null; image: string | null };

/**
 * Checks an email and password. Returns null for any mismatch, whether or not the
 * account exists, so the answer never reveals which emails have accounts.
 */
export async function authorizeCredentials(raw: unknown, ip: string, now = new Date()): Promise<AuthorizedUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await enforceRateLimit(limits.signIn, ip, now);
  await enforceRateLimit(limits.signInByEmail, email, now);
  const [user] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, image: users.image, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) return null;
  return { id: user.id, name: user.name, email: user.email, image: user.image };
}
