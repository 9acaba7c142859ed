import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moderationSettings, sites } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { recordModerationAction } from "@/lib/moderation/audit";
import { requireRole } from "@/lib/moderation/require-role";
import { lockSite } from "./lock-site";
import { type UpdateSiteInput, updateSiteSchema } from "./schemas";

/** An admin changes a site's name, origins, sign-in choice, pre-moderation and closing; audited with the new values. */
export async function updateSite(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<UpdateSiteInput> {
  const admin = requireRole(viewer, "admin");
  const input = parseInput(updateSiteSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  await getDb().transaction(async (tx) => {
    const site = await lockSite(tx, input.site);
    await tx
      .update(sites)
      .set({ name: input.name, ...(input.origins[0] ? { origin: input.origins[0] } : {}), allowedOrigins: input.origins, signIn: input.signIn, closeAfterDays: input.closeAfterDays })
      .where(eq(sites.id, site.id));
    await tx
      .insert(moderationSettings)
      .values({ siteId: site.id, premoderation: input.premoderation, updatedAt: now })
      .onConflictDoUpdate({ target: moderationSettings.siteId, set: { premoderation: input.premoderation, updatedAt: now } });
    await recordModerationAction(tx, { kind: "update_settings", actorId: admin.id, siteId: site.id, reason: summarize(input), now });
  });
  return input;
}

function summarize(s: UpdateSiteInput): string {
  return [
    `Site "${s.name}"`,
    s.origins.length ? `origins ${s.origins.join(" ")}` : "no origins",
    `sign-in ${s.signIn.replaceAll("_", " ")}`,
    `pre-moderation ${s.premoderation ? "on" : "off"}`,
    s.closeAfterDays === null ? "threads stay open" : `threads close after ${s.closeAfterDays} days`,
  ].join(", ");
}
