import "server-only";
import { asc } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { moderationSettings, sites } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { recordModerationAction } from "./audit";
import { requireRole } from "./require-role";
import { moderationSettingsSchema } from "./rules";

/**
 * Saves a site's automatic rules, or the same rules for every site at once ("every site"),
 * in one transaction; each site's change is audited with the new values.
 */
export async function updateModerationSettings(viewer: Viewer | null, target: number | "every site", raw: unknown, now = new Date()) {
  const moderator = requireRole(viewer, "moderator");
  const settings = parseInput(moderationSettingsSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  const values = { ...settings, updatedAt: now };
  await getDb().transaction(async (tx) => {
    const siteIds = target === "every site" ? (await tx.select({ id: sites.id }).from(sites).orderBy(asc(sites.id)).for("update")).map((s) => s.id) : [target];
    for (const siteId of siteIds) {
      await tx.insert(moderationSettings).values({ siteId, ...values }).onConflictDoUpdate({ target: moderationSettings.siteId, set: values });
      await recordModerationAction(tx, {
        kind: "update_settings",
        actorId: moderator.id,
        siteId,
        reason: target === "every site" ? `${summarize(settings)} (applied to every site)` : summarize(settings),
        now,
      });
    }
  });
  return settings;
}

function summarize(s: z.infer<typeof moderationSettingsSchema>): string {
  return [
    `pre-moderation ${s.premoderation ? "on" : "off"}`,
    `${s.bannedWords.length} banned words`,
    `${s.suspectWords.length} suspect words`,
    `max links ${s.maxLinks ?? "off"}`,
    `new accounts held for ${s.newAccountHoldCount}`,
    `hidden at ${s.reportHideThreshold ?? "off"} reports`,
  ].join(", ");
}
