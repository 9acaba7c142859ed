import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moderationSettings, sites } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { requireRole } from "@/lib/moderation/require-role";
import type { SignInChoice } from "./schemas";

/** A site for the admin pages: everything but the secret, of which only its existence shows. */
export type SiteSummary = {
  id: number;
  publicId: string;
  slug: string;
  name: string;
  allowedOrigins: string[];
  signIn: SignInChoice;
  closeAfterDays: number | null;
  premoderation: boolean;
  hasSsoSecret: boolean;
};

/** Every site, the home site among them, oldest first. Moderators pick sites to filter and set rules by. */
export async function listSites(viewer: Viewer | null): Promise<SiteSummary[]> {
  requireRole(viewer, "moderator");
  const rows = await getDb()
    .select({
      id: sites.id,
      publicId: sites.publicId,
      slug: sites.slug,
      name: sites.name,
      allowedOrigins: sites.allowedOrigins,
      signIn: sites.signIn,
      closeAfterDays: sites.closeAfterDays,
      premoderation: moderationSettings.premoderation,
      ssoSecret: sites.ssoSecret,
    })
    .from(sites)
    .leftJoin(moderationSettings, eq(moderationSettings.siteId, sites.id))
    .orderBy(asc(sites.createdAt), asc(sites.id));
  return rows.map(({ ssoSecret, premoderation, ...site }) => ({ ...site, premoderation: premoderation ?? false, hasSsoSecret: ssoSecret !== null }));
}
