import "server-only";
import { getDb } from "@/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { getHomeSite } from "@/lib/sites/get-home-site";
import { getModerationSettings } from "./get-moderation-settings";
import { requireRole } from "./require-role";

/** The home site's rules, for the settings page. */
export async function getSiteRules(viewer: Viewer | null) {
  requireRole(viewer, "moderator");
  const site = await getHomeSite();
  return { site, settings: await getModerationSettings(getDb(), site.id) };
}
