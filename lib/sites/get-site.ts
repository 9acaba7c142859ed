import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";
import type { SignInChoice } from "./schemas";

/** A site as the embed and SSO see it. `ssoSecret` is read on the server only and never rendered. */
export type EmbedSite = {
  id: number;
  publicId: string;
  name: string;
  allowedOrigins: string[];
  signIn: SignInChoice;
  closeAfterDays: number | null;
  ssoSecret: string | null;
};

export const embedSiteColumns = {
  id: sites.id,
  publicId: sites.publicId,
  name: sites.name,
  allowedOrigins: sites.allowedOrigins,
  signIn: sites.signIn,
  closeAfterDays: sites.closeAfterDays,
  ssoSecret: sites.ssoSecret,
};

/** The site a snippet names, or null for an id no site has (malformed ones included). */
export async function getSiteByPublicId(publicId: string): Promise<EmbedSite | null> {
  if (!/^[a-z0-9]{1,40}$/.test(publicId)) return null;
  const [site] = await getDb().select(embedSiteColumns).from(sites).where(eq(sites.publicId, publicId));
  return site ?? null;
}
