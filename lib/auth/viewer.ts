import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { EMBED_COOKIE, readEmbedSession } from "@/lib/embed/embed-session";
import { auth } from "./auth";
import { loadViewer } from "./load-viewer";
import type { Viewer } from "./to-viewer";

export type { Role, Viewer } from "./to-viewer";

/**
 * The one way to know who is asking. Inside an embedded thread that is the iframe's embed session
 * (a partitioned cookie, see lib/embed/embed-session.ts) when it carries a live one; everywhere
 * else the Auth.js session. Cached per request, so a role change or a ban bites on the very next
 * request. A session ended by a password change or a sign-out never gets here (keep-unless-ended.ts
 * for Auth.js, readEmbedSession for the embed). Throws AppError `unavailable` while the database
 * is unreachable (see load-viewer.ts).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const embedCookie = (await cookies()).get(EMBED_COOKIE)?.value;
  const embedSession = embedCookie ? await readEmbedSession(embedCookie) : null;
  if (embedSession) return loadViewer(embedSession.userId);
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadViewer(id) : null;
});
