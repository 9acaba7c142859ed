import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { moderationSettings } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { recordModerationAction } from "./audit";
import { requireRole } from "./require-role";
import { moderationSettingsSchema } from "./rules";

/** Saves a site's automatic rules; the change itself is audited with the new values. */
export async function updateModerationSettings(viewer: Viewer | null, siteId: number, raw: unknown, now = new Date()) {
  const moderator = requireRole(viewer, "moderator");
  const settings = parseInput(moderationSettingsSchema, raw, "Please correct the highlighted fields.", { summarize: true });
  const values = { ...settings, updatedAt: now };
  await getDb().transaction(async (tx) => {
    await tx.insert(moderationSettings).values({ siteId, ...values }).onConflictDoUpdate({ target: moderationSettings.siteId, set: values });
    await recordModerationAction(tx, {
      kind: "update_settings",
      actorId: moderator.id,
      siteId,
      reason: summarize(settings),
      now,
    });
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
