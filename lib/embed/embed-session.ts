import "server-only";
import { randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { endSession, isSessionEnded } from "@/lib/auth/session-validity";
import { toUnavailableError } from "@/lib/unavailable";
import { embedKey } from "./embed-keys";

/**
 * The iframe's own session cookie. Partitioned (CHIPS): browsers that block third-party cookies
 * still keep it, in a jar of the embedding site's own, so a reader signed in on one publisher's
 * pages is not thereby signed in on another's. `__Host-` pins it to Parley's host and path /.
 */
export const EMBED_COOKIE = "__Host-parley-embed";
export const EMBED_SESSION_SECONDS = 30 * 24 * 3600;
const ATTRIBUTES = "Path=/; Secure; HttpOnly; SameSite=None; Partitioned";
const AUDIENCE = "parley:embed-session";

export type EmbedSession = { sessionId: string; userId: string; siteId: number; signedInAt: Date; expiresAt: Date };

/** Signs `userId` in to the iframe (through `siteId`'s embed); the value to send as Set-Cookie. */
export async function startEmbedSession({ userId, siteId }: { userId: string; siteId: number }, now = new Date()): Promise<{ setCookie: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const token = await new SignJWT({ sid: randomUUID(), site: siteId, at: now.getTime() })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + EMBED_SESSION_SECONDS)
    .sign(embedKey("session"));
  return { setCookie: `${EMBED_COOKIE}=${token}; ${ATTRIBUTES}; Max-Age=${EMBED_SESSION_SECONDS}` };
}

/** The Set-Cookie value that removes the embed cookie. */
export function clearEmbedCookie(): string {
  return `${EMBED_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;
}

/**
 * The session an embed cookie carries, or null when it is forged, expired, signed out, or older
 * than its account's last password change. Throws AppError `unavailable` while the database is.
 */
export async function readEmbedSession(cookieValue: string | undefined, now = new Date()): Promise<EmbedSession | null> {
  const session = await verifyEmbedCookie(cookieValue, now);
  if (!session) return null;
  try {
    const ended = await isSessionEnded({ userId: session.userId, signedInAt: session.signedInAt.getTime(), sessionId: session.sessionId });
    return ended ? null : session;
  } catch (error) {
    throw toUnavailableError(error);
  }
}

/** Signs the iframe out for good (a copied cookie dies too); the Set-Cookie value that clears it. */
export async function endEmbedSession(cookieValue: string | undefined, now = new Date()): Promise<{ setCookie: string }> {
  const session = await verifyEmbedCookie(cookieValue, now);
  if (session) await endSession({ userId: session.userId, sessionId: session.sessionId, expiresAt: session.expiresAt }, now);
  return { setCookie: clearEmbedCookie() };
}

async function verifyEmbedCookie(cookieValue: string | undefined, now: Date): Promise<EmbedSession | null> {
  if (!cookieValue || cookieValue.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(cookieValue, embedKey("session"), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      requiredClaims: ["sub", "exp", "iat"],
      currentDate: now,
    });
    if (typeof payload.sid !== "string" || typeof payload.site !== "number" || typeof payload.at !== "number") return null;
    // `at` to the millisecond, as Auth.js sessions have it: a password change in the same second
    // as this sign-in must not end it.
    return { sessionId: payload.sid, userId: payload.sub!, siteId: payload.site, signedInAt: new Date(payload.at), expiresAt: new Date(payload.exp! * 1000) };
  } catch {
    return null;
  }
}
