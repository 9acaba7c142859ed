import { z } from "zod";
import { normalizeWords } from "@/lib/moderation/words/normalize-text";
import type { ModerationRuleSettings } from "./types";

export const MAX_LISTED_WORDS = 500;
export const MAX_LISTED_WORD_LENGTH = 64;

/** What a site has before it saves any rules: the column defaults of `moderation_settings`. */
export const DEFAULT_MODERATION_SETTINGS: Readonly<ModerationRuleSettings> = Object.freeze({
  premoderation: false,
  bannedWords: Object.freeze([]),
  suspectWords: Object.freeze([]),
  maxLinks: 3,
  newAccountHoldCount: 0,
  reportHideThreshold: 3,
});

/**
 * A textarea of words, one a line or comma separated (or an array from JSON), as a
 * list: trimmed, blanks dropped, repeats ignoring case dropped, first spelling kept.
 */
function toWordList(value: unknown): unknown {
  if (value === null) return [];
  const parts = typeof value === "string" ? value.split(/[\r\n,]/) : value;
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === "string")) return value;
  const words = new Map<string, string>();
  for (const word of parts.map((p) => p.trim())) {
    if (word && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  }
  return [...words.values()];
}

function wordList(label: string) {
  const entry = z
    .string()
    .max(MAX_LISTED_WORD_LENGTH, { error: (issue) => `Each ${label} can be at most ${MAX_LISTED_WORD_LENGTH} characters: "${clip(String(issue.input))}" is longer.` })
    .refine((word) => normalizeWords(word).length > 0, { error: (issue) => `"${issue.input}" has no letters or digits, so it could never match: remove it.` });
  return z.preprocess(
    toWordList,
    z
      .array(entry, { error: `Enter the ${label}s as text, one a line (empty for none).` })
      .max(MAX_LISTED_WORDS, { error: (issue) => `Keep to ${MAX_LISTED_WORDS} ${label}s at most: this list has ${(issue.input as unknown[]).length}.` }),
  );
}

function clip(word: string): string {
  return word.length > 20 ? `${word.slice(0, 20)}…` : word;
}

type NumberMessages = { notANumber: string; min: [number, string]; max: [number, string] };

function wholeNumber({ notANumber, min, max }: NumberMessages) {
  return z.coerce.number({ error: notANumber }).int({ error: notANumber }).min(...min).max(...max);
}

// A form sends an emptied field as "". A field left out is a mistake, not "off": a post that
// carries none of the form's fields must not switch every rule off.
const isBlank = (v: unknown) => v === null || (typeof v === "string" && v.trim() === "");

/** Empty turns the rule off (null). */
function numberOrOff(messages: NumberMessages) {
  return z.preprocess((v) => (isBlank(v) ? null : v), wholeNumber(messages).nullable());
}

const CHECKED = new Set<unknown>([true, "on", "true"]);
const UNCHECKED = new Set<unknown>([undefined, null, false, "", "off", "false"]);

/** The settings form: every field's problems are reported at once, next to the field. */
export const moderationSettingsSchema = z.object({
  // An unchecked checkbox is simply absent from the form data.
  premoderation: z.preprocess(
    (v) => (CHECKED.has(v) ? true : UNCHECKED.has(v) ? false : v),
    z.boolean({ error: "Choose whether pre-moderation is on or off." }),
  ),
  bannedWords: wordList("banned word"),
  suspectWords: wordList("suspect word"),
  maxLinks: numberOrOff({
    notANumber: "Enter the most links a comment may have as a whole number, or leave it empty to turn the rule off.",
    min: [0, "The link limit can't be negative: use 0 to hold every comment with a link."],
    max: [50, "The link limit can be at most 50: leave it empty to turn the rule off."],
  }),
  // 0 is this rule's off, so an emptied field is 0.
  newAccountHoldCount: z.preprocess(
    (v) => (isBlank(v) ? 0 : v),
    wholeNumber({
      notANumber: "Enter how many first comments of a new account to hold as a whole number (0 turns the rule off).",
      min: [0, "The number of comments to hold can't be negative: use 0 to turn the rule off."],
      max: [100, "Hold at most the first 100 comments of a new account."],
    }),
  ),
  reportHideThreshold: numberOrOff({
    notANumber: "Enter how many reports hide a comment as a whole number, or leave it empty to turn hiding off.",
    min: [1, "Hiding needs at least 1 report: leave it empty to turn hiding off."],
    max: [100, "Hiding can wait for at most 100 reports."],
  }),
});
export type ModerationSettingsInput = z.infer<typeof moderationSettingsSchema>;
