import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";

export type SiteSignIn = "sso_and_parley" | "sso_only" | "parley_only";

/** What the embed needs of a site. `ssoSecret` is read server-side only, never rendered. */
export type EmbedSite = {
  id: number;
  publicId: string;
  name: string;
  allowedOrigins: string[];
  signIn: SiteSignIn;
  closeAfterDays: number | null;
  ssoSecret: string | null;
};

/** The site a snippet's `data-site` names, or null. Any string may arrive here: it is only compared. */
export async function getSiteByPublicId(publicId: string): Promise<EmbedSite | null> {
  if (!publicId || publicId.length > 64) return null;
  const [site] = await getDb()
    .select({
      id: sites.id,
      publicId: sites.publicId,
      name: sites.name,
      allowedOrigins: sites.allowedOrigins,
      signIn: sites.signIn,
      closeAfterDays: sites.closeAfterDays,
      ssoSecret: sites.ssoSecret,
    })
    .from(sites)
    .where(eq(sites.publicId, publicId))
    .limit(1);
  return site ?? null;
}
