import "server-only";
import { getDb } from "@/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { getHomeSite } from "@/lib/sites/get-home-site";
import { listSites } from "@/lib/sites/list-sites";
import { getModerationSettings } from "./get-moderation-settings";
import { requireRole } from "./require-role";

/** One site's rules for the settings page (the home site unless `publicId` names another), and every site to pick from. */
export async function getSiteRules(viewer: Viewer | null, publicId?: string) {
  requireRole(viewer, "moderator");
  const sites = await listSites(viewer);
  const home = publicId ? null : await getHomeSite();
  const site = sites.find((s) => (home ? s.id === home.id : s.publicId === publicId));
  if (!site) throw new AppError("not_found", "That site doesn't exist.", { field: "site" });
  return { site, sites, settings: await getModerationSettings(getDb(), site.id) };
}
