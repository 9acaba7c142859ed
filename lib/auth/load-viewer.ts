import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { toUnavailableError } from "@/lib/unavailable";
import { toViewer, type Viewer } from "./to-viewer";

/**
 * The signed-in user's fresh role and ban, or null for an account that is gone. While the database
 * is unreachable the viewer is unknown: this throws AppError `unavailable` (never null, which would
 * read as "signed out"), and the session cookie stays as it is.
 */
export async function loadViewer(id: string): Promise<Viewer | null> {
  try {
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
        siteId: users.siteId,
      })
      .from(users)
      .where(eq(users.id, id))
      .limit(1);
    return user ? toViewer(user) : null;
  } catch (error) {
    throw toUnavailableError(error);
  }
}
