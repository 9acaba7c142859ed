import "server-only";
import { getDb } from "@/db/client";
import { moderationSettings, sites } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { recordModerationAction } from "@/lib/moderation/audit";
import { requireRole } from "@/lib/moderation/require-role";
import { createSiteSchema } from "./schemas";
import { uniqueSiteSlug } from "./site-slug";
import { generateSsoSecret } from "./sso-secret";

export type CreatedSite = { id: number; publicId: string; slug: string; name: string; ssoSecret: string };

/** An admin adds a site. The SSO secret comes back this once; nothing shows it again. */
export async function createSite(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<CreatedSite> {
  const admin = requireRole(viewer, "admin");
  return insertSite(raw, { actorId: admin.id, rule: null }, now);
}

/** `npm run site:add`: the operator at the command line, audited as such. */
export async function createSiteFromCommandLine(raw: unknown, now = new Date()): Promise<CreatedSite> {
  return insertSite(raw, { actorId: null, rule: "command line" }, now);
}

// A site publishes at once: it gets its rules row (pre-moderation off) in the same transaction.
async function insertSite(raw: unknown, actor: { actorId: string | null; rule: string | null }, now: Date): Promise<CreatedSite> {
  const input = parseInput(createSiteSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  const ssoSecret = generateSsoSecret();
  return getDb().transaction(async (tx) => {
    const slug = await uniqueSiteSlug(tx, input.name);
    const [site] = await tx
      .insert(sites)
      .values({ slug, name: input.name, origin: input.origins[0]!, allowedOrigins: input.origins, ssoSecret, createdAt: now })
      .returning({ id: sites.id, publicId: sites.publicId, slug: sites.slug, name: sites.name });
    await tx.insert(moderationSettings).values({ siteId: site!.id, updatedAt: now });
    await recordModerationAction(tx, {
      kind: "update_settings",
      ...actor,
      siteId: site!.id,
      reason: `Site "${input.name}" created (${site!.publicId}), origins ${input.origins.join(" ")}`,
      now,
    });
    return { ...site!, ssoSecret };
  });
}
