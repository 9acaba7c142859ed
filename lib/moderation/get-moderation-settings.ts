import "server-only";
import { eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { moderationSettings } from "@/db/schema";
import { DEFAULT_MODERATION_SETTINGS } from "./rules";
import type { ModerationRuleSettings } from "./rules/types";

/** A site's rules, or the defaults when it has never saved any. */
export async function getModerationSettings(db: Database | Transaction, siteId: number): Promise<ModerationRuleSettings> {
  const [row] = await db
    .select({
      premoderation: moderationSettings.premoderation,
      bannedWords: moderationSettings.bannedWords,
      suspectWords: moderationSettings.suspectWords,
      maxLinks: moderationSettings.maxLinks,
      newAccountHoldCount: moderationSettings.newAccountHoldCount,
      reportHideThreshold: moderationSettings.reportHideThreshold,
    })
    .from(moderationSettings)
    .where(eq(moderationSettings.siteId, siteId));
  return row ?? DEFAULT_MODERATION_SETTINGS;
}
