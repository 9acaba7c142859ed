import type { ModerationRuleSettings, RuleInput } from "./types";

/** A plain comment by an established author on an open thread: no rule objects to it. */
export function ruleInput(overrides: Partial<RuleInput> = {}): RuleInput {
  return { text: "A fair point.", html: "<p>A fair point.</p>", authorPublishedCount: 10, isThreadPremoderated: false, ...overrides };
}

/** Every rule turned off, so a test switches on only the one it is about. */
export function ruleSettings(overrides: Partial<ModerationRuleSettings> = {}): ModerationRuleSettings {
  return { premoderation: false, bannedWords: [], suspectWords: [], maxLinks: null, newAccountHoldCount: 0, reportHideThreshold: null, ...overrides };
}

/** `n` rendered links, as the sanitizer writes them. */
export function htmlWithLinks(n: number): string {
  const links = Array.from({ length: n }, (_, i) => `<a href="https://example.com/${i}" rel="nofollow ugc noopener">link ${i}</a>`);
  return `<p>${links.join(" ")}</p>`;
}
