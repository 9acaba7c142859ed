import "server-only";
import { cache } from "react";
import { auth } from "./auth";
import { loadViewer } from "./load-viewer";
import type { Viewer } from "./to-viewer";

export type { Role, Viewer } from "./to-viewer";

/**
 * Cached per request, so a role change or a ban bites on the very next request. A session
 * ended by a password change never gets here: auth()'s jwt callback drops it (keep-unless-ended.ts).
 * Throws AppError `unavailable` while the database is unreachable (see load-viewer.ts).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadViewer(id) : null;
});
