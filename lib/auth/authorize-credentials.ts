import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { checkPassword } from "./check-password";
import { isKnownDevice, isTrustedReSignIn } from "./known-device";
import { signInSchema } from "./schemas";

export type AuthorizedUser = { id: string; name: string | null; email: string | null; image: string | null };

/**
 * Checks an email and password. Returns null for any mismatch, whether or not the
 * account exists, so the answer never reveals which emails have accounts. The right
 * password to an account whose email is not confirmed yet is refused with a reason:
 * only whoever chose that password learns it.
 */
export async function authorizeCredentials(raw: unknown, ip: string, now = new Date(), deviceCookie: string | null = null): Promise<AuthorizedUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const [user] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, image: users.image, passwordHash: users.passwordHash, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const knownDevice = !!user && (isTrustedReSignIn(user.id) || isKnownDevice(deviceCookie, user));
  const ok = await checkPassword(email, user?.passwordHash ?? null, password, { ip, knownDevice }, now);
  if (!user || !ok) return null;
  if (!user.emailVerified) throw new AppError("forbidden", "Confirm your email first: open the link we sent you when you signed up.");
  return { id: user.id, name: user.name, email: user.email, image: user.image };
}
