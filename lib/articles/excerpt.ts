/** Characters of body text a list needs at most; the excerpt is cut from these. */
export const EXCERPT_SOURCE_LENGTH = 320;

/** The first words of an article's body, cut at a word boundary, on one line. */
export function toExcerpt(bodyStart: string, maxLength = 240): string {
  const text = bodyStart.replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.—-]+$/, "")}…`;
}
