import { seedUser } from "@/db/testing/factories";
import { displayNameOf } from "@/lib/auth/display-name";
import type { Viewer } from "@/lib/auth/viewer";

/** A signed-in viewer backed by a real user row, as getViewer() would return it. */
export async function seedViewer(input: Parameters<typeof seedUser>[0] = {}): Promise<Viewer> {
  const user = await seedUser(input);
  return {
    id: user.id,
    displayName: displayNameOf(user),
    email: user.email,
    image: user.image,
    role: user.role,
    hasName: !!user.name,
    ban: null,
    siteId: null,
  };
}
