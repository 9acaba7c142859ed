import type { ModerationRuleSettings, RuleDecision, RuleInput } from "./types";

/** Holds every comment while the site, or this article's thread, is pre-moderated. */
export function premoderationRule(input: RuleInput, settings: ModerationRuleSettings): RuleDecision | null {
  if (!settings.premoderation && !input.isThreadPremoderated) return null;
  const scope = settings.premoderation ? "site" : "article";
  return { decision: "hold", rule: "premoderation", reason: `Pre-moderation is on for this ${scope}` };
}
