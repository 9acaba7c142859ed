import { normalizeWords } from "./normalize-text";

// Known limits. Whole words only: inflections ("trolls") and glued words ("spamspam")
// need entries of their own, and a word split unevenly ("sp am") is missed. Scripts
// written without spaces (Chinese, Japanese, Thai) read as one long word, so their
// entries match only when set apart. Real Cyrillic and Greek words fold to Latin
// letters too, so one can collide with a Latin entry spelled with the same shapes.

/** One letter of a listed word: the characters that may stand for it, and how often it must appear. */
type Run = { accepts: string; min: number };

// "1" is kept by the normalizer because it stands for i or l.
const STANDS_FOR: Readonly<Record<string, string>> = { i: "i1", l: "l1", "1": "1il" };

/**
 * A listed word as runs of one letter: "good" is g, oo, d. A run of n letters needs
 * at least n in the text, so "good" matches "goood" but not "god", and "ass" does not
 * match "as". A single letter allows any repeat, so "god" does match "good": that
 * collision is the price of catching "baaaad" with "bad".
 */
function toRuns(word: string): Run[] {
  const runs: (Run & { letter: string })[] = [];
  for (const letter of word) {
    const last = runs.at(-1);
    if (last?.letter === letter) last.min++;
    else runs.push({ letter, accepts: STANDS_FOR[letter] ?? letter, min: 1 });
  }
  return runs;
}

/**
 * Whether a whole text word, as characters, spells the runs. Each step keeps, per
 * run, the most letters of it seen so far (capped at its minimum; 0 = not inside
 * it): with 1 fitting both i and l, several runs can be live at once. A backtracking
 * regex would do the same but can take exponential time on input like "1l1l1l…".
 */
function spells(chars: readonly string[], runs: readonly Run[]): boolean {
  if (!runs[0]?.accepts.includes(chars[0]!)) return false;
  let seen: number[] = runs.map((_, r) => (r === 0 ? 1 : 0));
  for (const ch of chars.slice(1)) {
    const before = seen;
    seen = runs.map((run, r) => {
      if (!run.accepts.includes(ch)) return 0;
      const isInside = before[r]! > 0;
      const canEnter = r > 0 && before[r - 1]! >= runs[r - 1]!.min;
      return isInside ? Math.min(before[r]! + 1, run.min) : canEnter ? 1 : 0;
    });
    if (seen.every((n) => n === 0)) return false;
  }
  return seen.at(-1)! >= runs.at(-1)!.min;
}

/** The text's words as characters, and where each first character starts one: an entry is only tried where it could begin. */
type IndexedText = { words: string[][]; startsWith: Map<string, number[]> };

function indexText(text: string): IndexedText {
  const words = normalizeWords(text).map((word) => Array.from(word));
  const startsWith = new Map<string, number[]>();
  words.forEach((chars, i) => {
    const positions = startsWith.get(chars[0]!);
    if (positions) positions.push(i);
    else startsWith.set(chars[0]!, [i]);
  });
  return { words, startsWith };
}

function containsPhrase({ words, startsWith }: IndexedText, phrase: readonly Run[][]): boolean {
  const starts = Array.from(phrase[0]![0]!.accepts).flatMap((ch) => startsWith.get(ch) ?? []);
  return starts.some((start) => start + phrase.length <= words.length && phrase.every((runs, k) => spells(words[start + k]!, runs)));
}

/**
 * The list entries found in the text, as configured, in list order, each once. Whole
 * words only ("ass" is not found in "class"); an entry of several words is found
 * when the text has those words in a row. Both sides are normalized alike (see
 * normalize-text.ts), so an entry written with an accent or a look-alike still matches.
 * Entries that normalize to the same words count once, under their first spelling.
 */
export function findListedWords(text: string, list: readonly string[]): string[] {
  const indexed = indexText(text);
  const found = new Map<string, string>();
  for (const entry of list) {
    const entryWords = normalizeWords(entry);
    const key = entryWords.join(" ");
    if (!key || found.has(key)) continue;
    if (containsPhrase(indexed, entryWords.map(toRuns))) found.set(key, entry);
  }
  return [...found.values()];
}
