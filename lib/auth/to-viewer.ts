import { env } from "@/lib/env";
import { displayNameOf } from "./display-name";

export type Role = "reader" | "moderator" | "admin";

/** The person making the request: the session's user, with role read fresh from the database. */
export type Viewer = {
  id: string;
  displayName: string;
  email: string | null;
  image: string | null;
  role: Role;
  /** False until the user picks a display name (email-link and some OAuth sign-ups). */
  hasName: boolean;
  /** Set while a ban is in force: reading stays open, writing does not. */
  ban: { until: Date | null; reason: string } | null;
  /** Set for a publisher's SSO user: they exist on that site only, and may write only on its threads. */
  siteId: number | null;
};

type UserRow = {
  id: string;
  name: string | null;
  email: string | null;
  image: string | null;
  role: Role;
  bannedAt: Date | null;
  bannedUntil: Date | null;
  banReason: string | null;
  /** Set once the address was proven (an email link or a provider that verifies it). */
  emailVerified?: Date | null;
  siteId?: number | null;
};

/**
 * Builds the viewer from a fresh user row. An address in ADMIN_EMAILS makes an admin
 * only once it is verified: anyone can sign up with a password under any address.
 * A ban counts until it ends.
 */
export function toViewer(user: UserRow, now = new Date()): Viewer {
  const banned = user.bannedAt !== null && (user.bannedUntil === null || user.bannedUntil > now);
  return {
    id: user.id,
    displayName: displayNameOf(user),
    hasName: !!user.name?.trim(),
    email: user.email,
    image: user.image,
    role: isListedAdmin(user) ? "admin" : user.role,
    ban: banned ? { until: user.bannedUntil, reason: user.banReason ?? "" } : null,
    siteId: user.siteId ?? null,
  };
}

/** Whether ADMIN_EMAILS makes this user an admin, whatever their stored role. */
export function isListedAdmin(user: Pick<UserRow, "email" | "emailVerified">): boolean {
  return !!user.email && !!user.emailVerified && env().ADMIN_EMAILS.includes(user.email.toLowerCase());
}
