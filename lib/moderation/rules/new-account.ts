import type { ModerationRuleSettings, RuleDecision, RuleInput } from "./types";

/** Holds an author's first comments until enough have been published; off at 0. */
export function newAccountRule(input: RuleInput, settings: ModerationRuleSettings): RuleDecision | null {
  const holdCount = settings.newAccountHoldCount;
  if (input.authorPublishedCount >= holdCount) return null;
  const reason = holdCount === 1 ? "The first comment of a new account" : `One of the first ${holdCount} comments of a new account`;
  return { decision: "hold", rule: "new_account", reason };
}
