import { bannedWordsRule } from "./banned-words";
import { newAccountRule } from "./new-account";
import { premoderationRule } from "./premoderation";
import { suspectWordsRule } from "./suspect-words";
import { tooManyLinksRule } from "./too-many-links";
import type { ModerationOutcome, ModerationRule, ModerationRuleSettings, RuleDecision, RuleInput } from "./types";

export { DEFAULT_MODERATION_SETTINGS, moderationSettingsSchema, type ModerationSettingsInput } from "./settings";
export type { ModerationOutcome, ModerationRule, ModerationRuleSettings, RuleDecision, RuleId, RuleInput } from "./types";

/** Every rule, in the order its reason is preferred: refusals first, then holds from most to least specific. */
export const MODERATION_RULES: readonly ModerationRule[] = [
  // The only refusal: the author can fix the wording at once, so it beats any hold.
  bannedWordsRule,
  // Names the words in question: the most specific thing a moderator can be told.
  suspectWordsRule,
  // Still about this comment's content, but a count rather than the words themselves.
  tooManyLinksRule,
  // About the author, not the comment: a weaker reason than anything in the text.
  newAccountRule,
  // Holds everything on the site or article, so it explains least: the reason of last resort.
  premoderationRule,
];

/**
 * The verdict on a comment being posted or edited: refused if any rule refuses,
 * else held if any rule holds, else published. Every rule runs, so a held
 * comment lists all of its reasons for the moderator.
 */
export function evaluateRules(input: RuleInput, settings: ModerationRuleSettings): ModerationOutcome {
  const fired = MODERATION_RULES.map((rule) => rule(input, settings)).filter((d): d is RuleDecision => d !== null);
  const refusals = fired.filter((d) => d.decision === "refuse");
  if (isNonEmpty(refusals)) return { decision: "refuse", fired: refusals };
  if (isNonEmpty(fired)) return { decision: "hold", fired };
  return { decision: "publish", fired: [] };
}

function isNonEmpty<T>(list: T[]): list is [T, ...T[]] {
  return list.length > 0;
}
