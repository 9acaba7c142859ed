import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { parseInput } from "@/lib/forms/parse-input";
import { requireNotBanned } from "@/lib/moderation/require-role";
import { updateProfileSchema } from "./schemas";
import { requireSignedIn } from "./require-signed-in";
import type { Viewer } from "./to-viewer";

export async function updateDisplayName(viewer: Viewer | null, raw: unknown): Promise<{ name: string }> {
  // A banned reader keeps their name: renaming is how one would dodge the record others see.
  const user = requireNotBanned(requireSignedIn(viewer, "change your display name"));
  const input = parseInput(updateProfileSchema, raw, "Please correct the highlighted field.", { summarize: true });
  await getDb().update(users).set({ name: input.name }).where(eq(users.id, user.id));
  return input;
}
