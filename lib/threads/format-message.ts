import type { Plural, ThreadMessages } from "./messages";

/** Fills `{name}` holes with the given values. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (hole, key: string) => (key in values ? String(values[key]) : hole));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form for `n` in `locale`, with `{n}` filled in and formatted for that language. */
export function plural(locale: string, forms: Plural, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(n)] ?? forms.other;
  return fill(form, { n: n.toLocaleString(locale) });
}

/** "Comments" or "Comments (12)". */
export function headingText(messages: ThreadMessages, count: number): string {
  return count > 0 ? fill(messages.headingWithCount, { n: count.toLocaleString(messages.locale) }) : messages.heading;
}
