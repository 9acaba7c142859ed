// Characters that render as nothing, used to split a word without showing it: format
// characters (zero-width space and joiners, soft hyphen, word joiner, BOM, bidi marks)
// and the Hangul fillers, which are letters to Unicode but print blank.
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
const COMBINING_MARK = /\p{M}/gu;

// Cyrillic and Greek letters that look like Latin ones, written as escapes because
// in source they are indistinguishable from what they map to. Mapped before
// lower-casing, because the look depends on the case: Greek "Η" reads as H, "η" as n.
const LOOKALIKES = new Map([
  ...zip("\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0423\u0425\u0406\u0408\u0405\u04BA\u0500\u04C0", "ABEKMHOPCTYXIJSHDI"),
  ...zip("\u0430\u0432\u0435\u043A\u043C\u043D\u043E\u0440\u0441\u0442\u0443\u0445\u0456\u0458\u0455\u04BB\u0501\u04CF", "abekmhopctyxijshdl"),
  ...zip("\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7", "ABEZHIKMNOPTYX"),
  ...zip("\u03B1\u03B2\u03B5\u03B7\u03B9\u03BA\u03BC\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7", "abenikuvoptux"),
]);

// Digits and symbols written for letters. "1" is missing on purpose: it stands for
// i or l, so it is kept and the matcher accepts it for either.
const LEET: Readonly<Record<string, string>> = { "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

// What a word is made of: letters, digits, and the symbols that stand for letters.
const WORD = /[\p{L}\p{N}@$!]+/gu;
// A plain number or a price stays as written: "100" is not "ioo", "$5" is not "ss".
const NUMBER = /^\$?\d+$/;

function zip(from: string, to: string): [string, string][] {
  return Array.from(from, (ch, i) => [ch, to[i]!]);
}

/**
 * Folds the ways one letter can be written into one form: compatibility forms
 * (fullwidth, ligatures, math letters) and accents via NFKD, invisible characters
 * removed, Cyrillic and Greek look-alikes to Latin, then lower case.
 */
export function foldCharacters(text: string): string {
  const bare = text.replace(INVISIBLE, "").normalize("NFKD").replace(COMBINING_MARK, "");
  return Array.from(bare, (ch) => LOOKALIKES.get(ch) ?? ch)
    .join("")
    .toLowerCase();
}

/**
 * Runs of single characters separated by spaces or punctuation are one spelled-out
 * word ("a s s", "b.a.d"); a lone single character stays a word of its own.
 */
function joinSpelledOut(tokens: string[]): string[] {
  const words: string[] = [];
  let run = "";
  for (const token of tokens) {
    if (Array.from(token).length === 1) {
      run += token;
      continue;
    }
    if (run) words.push(run);
    run = "";
    words.push(token);
  }
  if (run) words.push(run);
  return words;
}

function readLeet(word: string): string {
  return NUMBER.test(word) ? word : word.replace(/[03457@$!]/g, (ch) => LEET[ch]!);
}

/**
 * A text as the words the matcher compares, in order. Trailing "!" is punctuation
 * ("bad!!"); inside a word it is an i ("sh!t"). Repeated letters are kept: the
 * matcher decides how many repeats a listed word allows.
 */
export function normalizeWords(text: string): string[] {
  const tokens = (foldCharacters(text).match(WORD) ?? []).map((t) => t.replace(/!+$/, "")).filter(Boolean);
  return joinSpelledOut(tokens).map(readLeet);
}
