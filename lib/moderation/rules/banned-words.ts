import { findListedWords } from "@/lib/moderation/words/match-words";
import { quoteWords } from "./quote-words";
import type { ModerationRuleSettings, RuleDecision, RuleInput } from "./types";

/** Refuses a comment with a banned word, naming every one found so the author can rephrase in one go. */
export function bannedWordsRule(input: RuleInput, settings: ModerationRuleSettings): RuleDecision | null {
  const found = findListedWords(input.text, settings.bannedWords);
  if (found.length === 0) return null;
  const reason =
    found.length === 1
      ? `Your comment contains a word that isn't allowed here: ${quoteWords(found)}. Please rephrase.`
      : `Your comment contains words that aren't allowed here: ${quoteWords(found)}. Please rephrase.`;
  return { decision: "refuse", rule: "banned_words", reason };
}
