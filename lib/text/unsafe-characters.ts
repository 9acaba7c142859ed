/**
 * Characters that never belong in text people write for others: C0 controls other than tab
 * and newline, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) plus the invisible direction marks, which can make text
 * read differently from how it is stored ("Trojan Source"). NUL among them also breaks Postgres.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function hasUnsafeCharacters(text: string): boolean {
  return new RegExp(UNSAFE.source).test(text);
}

export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE, "");
}
