import { findListedWords } from "@/lib/moderation/words/match-words";
import { quoteWords } from "./quote-words";
import type { ModerationRuleSettings, RuleDecision, RuleInput } from "./types";

/** Holds a comment with a suspect word for a moderator, naming every one found. */
export function suspectWordsRule(input: RuleInput, settings: ModerationRuleSettings): RuleDecision | null {
  const found = findListedWords(input.text, settings.suspectWords);
  if (found.length === 0) return null;
  const reason = found.length === 1 ? `Contains a suspect word: ${quoteWords(found)}` : `Contains suspect words: ${quoteWords(found)}`;
  return { decision: "hold", rule: "suspect_words", reason };
}
