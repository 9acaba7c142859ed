import type { Session } from "next-auth";

declare module "next-auth" {
  interface Session {
    /** When this session signed in (ms since the epoch); older tokens lack it. */
    signedInAt?: number;
    /** The provider it signed in with: "credentials", "nodemailer", "github"... */
    signInMethod?: string;
  }
}

/** How recently, if at all, this session proved the inbox by opening an email link. */
export function emailLinkSignInAt(session: Session | null): Date | null {
  if (session?.signInMethod !== "nodemailer" || !session.signedInAt) return null;
  return new Date(session.signedInAt);
}

/** A session signed in before the account's sessions were revoked (a password change) is over. */
export function isRevoked(session: Pick<Session, "signedInAt">, sessionsValidFrom: Date | null): boolean {
  if (!sessionsValidFrom) return false;
  return (session.signedInAt ?? 0) < sessionsValidFrom.getTime();
}
