import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { checkPassword } from "./check-password";
import { isKnownDevice } from "./known-device";
import { hashPassword } from "./password";
import { requireSignedIn } from "./require-signed-in";
import { PASSWORD_HAS_EMAIL, changePasswordSchema, containsEmail } from "./schemas";
import type { Viewer } from "./to-viewer";

/** How long after opening an email link a reader may set a password without the current one. */
export const LINK_PROOF_MINUTES = 15;

/** Where the request comes from: its address, its email-link sign-in if any, its Cookie header. */
type Proof = { ip: string; emailLinkSignInAt: Date | null; deviceCookie?: string | null };

/**
 * Sets a new password: with the current one, or without it shortly after signing in by
 * an email link (how a forgotten password is replaced, and how an account that signed
 * up by link or provider gets one). Every other session of the account ends.
 */
export async function changePassword(viewer: Viewer | null, raw: unknown, proof: Proof, now = new Date()): Promise<{ userId: string; email: string }> {
  const user = requireSignedIn(viewer, "change your password");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  const [row] = await getDb().select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row?.email) throw new AppError("forbidden", "This account has no email address to sign in with.");
  if (containsEmail(newPassword, row.email)) {
    throw new AppError("invalid_input", "Please correct the highlighted fields.", { fieldErrors: { newPassword: [PASSWORD_HAS_EMAIL] } });
  }

  if (!isLinkProven(proof.emailLinkSignInAt, now)) {
    const knownDevice = isKnownDevice(proof.deviceCookie ?? null, { id: user.id, passwordHash: row.passwordHash });
    await checkCurrentPassword({ email: row.email, passwordHash: row.passwordHash }, currentPassword, { ip: proof.ip, knownDevice }, now);
  }

  await getDb()
    .update(users)
    // The address is proven either way: by the link, or by a password that needed it.
    .set({ passwordHash: await hashPassword(newPassword), signUpTokenHash: null, sessionsValidFrom: now })
    .where(eq(users.id, user.id));
  return { userId: user.id, email: row.email };
}

async function checkCurrentPassword(
  row: { email: string; passwordHash: string | null },
  currentPassword: string | undefined,
  { ip, knownDevice }: { ip: string; knownDevice: boolean },
  now: Date,
) {
  if (!row.passwordHash) {
    throw new AppError("forbidden", `To set a password, sign in with a link by email first, then come back within ${LINK_PROOF_MINUTES} minutes.`);
  }
  if (!currentPassword) throw currentPasswordError("Enter your current password.");
  // The same limits as signing in: this form is another way to guess a password.
  if (!(await checkPassword(row.email, row.passwordHash, currentPassword, { ip, knownDevice }, now))) {
    throw currentPasswordError("That isn't your current password.");
  }
}

/** What the password page offers: whether the account has a password, and whether a fresh link lets it skip the current one. */
export async function getPasswordOptions(viewer: Viewer, emailLinkSignInAt: Date | null, now = new Date()) {
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, viewer.id));
  return { hasPassword: !!row?.passwordHash, linkProven: isLinkProven(emailLinkSignInAt, now) };
}

function isLinkProven(emailLinkSignInAt: Date | null, now: Date): boolean {
  return !!emailLinkSignInAt && now.getTime() - emailLinkSignInAt.getTime() <= LINK_PROOF_MINUTES * 60_000;
}

const currentPasswordError = (problem: string) =>
  new AppError("invalid_input", "Please correct the highlighted field.", { fieldErrors: { currentPassword: [problem] } });
