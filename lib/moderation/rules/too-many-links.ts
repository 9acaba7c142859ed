import type { ModerationRuleSettings, RuleDecision, RuleInput } from "./types";

// Counted in the rendered HTML, where markdown links, autolinks and linkified bare
// URLs all end up as `<a href>`. Text there is escaped, so a literal "<a " a reader
// typed is "&lt;a " and never counted; a link the sanitizer refused is not a link.
const LINK_TAG = /<a\s/gi;

/** Holds a comment with more links than the site allows; off when maxLinks is null. */
export function tooManyLinksRule(input: RuleInput, settings: ModerationRuleSettings): RuleDecision | null {
  if (settings.maxLinks === null) return null;
  const count = input.html.match(LINK_TAG)?.length ?? 0;
  if (count <= settings.maxLinks) return null;
  const links = count === 1 ? "1 link" : `${count} links`;
  return { decision: "hold", rule: "too_many_links", reason: `Contains ${links} (more than ${settings.maxLinks})` };
}
