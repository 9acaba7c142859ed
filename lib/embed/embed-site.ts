import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";

// Stand-in for lib/sites (getSiteByPublicId, isAllowedOrigin): the merge replaces this file's
// body with re-exports of those, and nothing else in the embed changes.

export type EmbedSite = {
  id: number;
  publicId: string;
  name: string;
  allowedOrigins: string[];
  signIn: "sso_and_parley" | "sso_only" | "parley_only";
  closeAfterDays: number | null;
  ssoSecret: string | null;
};

export async function getSiteByPublicId(publicId: string): Promise<EmbedSite | null> {
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
    .where(eq(sites.publicId, publicId));
  return site ?? null;
}

export { isAllowedOrigin } from "./is-allowed-origin";
