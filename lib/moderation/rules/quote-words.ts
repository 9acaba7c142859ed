/** `"a", "b"`: listed words as they are quoted in reasons. */
export function quoteWords(words: readonly string[]): string {
  return words.map((word) => `"${word}"`).join(", ");
}
