import "server-only";
import type { JWT } from "next-auth/jwt";
import { isDatabaseUnavailable } from "@/db/is-database-unavailable";
import { isSessionEnded } from "./session-validity";

/**
 * The jwt callback on every read of a session: a session that was signed out, or is older than
 * its account's last password change, is over, and null makes Auth.js clear its cookie (in
 * /api/auth/session as much as in auth()). When the check cannot run because the database is
 * unreachable, the token is kept as it is: an outage must not sign anybody out. getViewer() then
 * fails as unavailable for this request, so nothing is allowed on the session's word alone.
 */
export async function keepUnlessEnded(token: JWT): Promise<JWT | null> {
  if (!token.sub) return token;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : undefined;
  const sessionId = typeof token.sessionId === "string" ? token.sessionId : undefined;
  try {
    return (await isSessionEnded({ userId: token.sub, signedInAt, sessionId })) ? null : token;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`[parley] session kept unchecked: the database is unavailable`);
    return token;
  }
}
