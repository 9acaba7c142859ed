import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The site the app itself serves (HOME_SITE_SLUG). */
export const getHomeSite = cache(async (): Promise<{ id: number; slug: string; name: string }> => {
  const [site] = await getDb().select({ id: sites.id, slug: sites.slug, name: sites.name }).from(sites).where(eq(sites.slug, env().HOME_SITE_SLUG));
  if (!site) throw new AppError("not_found", `No site with slug "${env().HOME_SITE_SLUG}". Run npm run db:seed or set HOME_SITE_SLUG.`);
  return site;
});
