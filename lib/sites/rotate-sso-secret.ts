import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { recordModerationAction } from "@/lib/moderation/audit";
import { requireRole } from "@/lib/moderation/require-role";
import { lockSite } from "./lock-site";
import { siteRefSchema } from "./schemas";
import { generateSsoSecret } from "./sso-secret";

/**
 * Gives a site a new SSO secret and returns it, this once: tokens signed with the old one
 * stop working at once. The audit log records the rotation, never the secret.
 */
export async function rotateSsoSecret(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<{ publicId: string; ssoSecret: string }> {
  const admin = requireRole(viewer, "admin");
  const { site: publicId } = parseInput(siteRefSchema, raw, "Choose a site.");
  const ssoSecret = generateSsoSecret();
  await getDb().transaction(async (tx) => {
    const site = await lockSite(tx, publicId);
    await tx.update(sites).set({ ssoSecret }).where(eq(sites.id, site.id));
    await recordModerationAction(tx, {
      kind: "update_settings",
      actorId: admin.id,
      siteId: site.id,
      reason: site.ssoSecret ? `SSO secret of "${site.name}" rotated` : `SSO secret of "${site.name}" generated`,
      now,
    });
  });
  return { publicId, ssoSecret };
}
