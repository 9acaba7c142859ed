import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { auth } from "./auth";
import { toViewer, type Viewer } from "./to-viewer";

export type { Role, Viewer } from "./to-viewer";

/**
 * Cached per request, so a role change or a ban bites on the very next request. A session
 * ended by a password change never gets here: auth()'s jwt callback drops it (auth.ts).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [user] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      image: users.image,
      role: users.role,
      bannedAt: users.bannedAt,
      bannedUntil: users.bannedUntil,
      banReason: users.banReason,
      emailVerified: users.emailVerified,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return user ? toViewer(user) : null;
});
