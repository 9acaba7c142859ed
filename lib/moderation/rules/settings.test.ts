import { describe, expect, it } from "vitest";
import { z } from "zod";
import { moderationSettingsSchema } from "./settings";

/** The form as a browser posts it: every field a string, an unchecked box absent. */
const form = { bannedWords: "", suspectWords: "", maxLinks: "3", newAccountHoldCount: "0", reportHideThreshold: "3" };

function fieldErrors(raw: unknown) {
  const parsed = moderationSettingsSchema.safeParse(raw);
  if (parsed.success) throw new Error("expected the settings to be refused");
  return z.flattenError(parsed.error).fieldErrors;
}

describe("moderationSettingsSchema: words", () => {
  it("splits on newlines and commas, trims, drops blanks and repeats ignoring case, keeps the first spelling", () => {
    const parsed = moderationSettingsSchema.parse({ ...form, bannedWords: "Spam, idiot\r\n  buy now  \n\n,spam\nIDIOT", suspectWords: "casino" });
    expect(parsed.bannedWords).toEqual(["Spam", "idiot", "buy now"]);
    expect(parsed.suspectWords).toEqual(["casino"]);
  });

  it("accepts arrays from a JSON body, cleaned the same way", () => {
    expect(moderationSettingsSchema.parse({ ...form, bannedWords: [" spam ", "", "SPAM", "troll"] }).bannedWords).toEqual(["spam", "troll"]);
  });

  it("reads emptied lists as empty, and refuses a post without them rather than reading them as empty", () => {
    expect(moderationSettingsSchema.parse(form).bannedWords).toEqual([]);
    expect(Object.keys(fieldErrors({ premoderation: "on" })).sort()).toEqual(["bannedWords", "maxLinks", "newAccountHoldCount", "reportHideThreshold", "suspectWords"]);
  });

  it("refuses an entry over 64 characters, quoting its start", () => {
    expect(fieldErrors({ ...form, suspectWords: `ok\n${"x".repeat(65)}` }).suspectWords).toEqual([
      'Each suspect word can be at most 64 characters: "xxxxxxxxxxxxxxxxxxxx…" is longer.',
    ]);
  });

  it("accepts an entry of exactly 64 characters", () => {
    expect(moderationSettingsSchema.parse({ ...form, bannedWords: "x".repeat(64) }).bannedWords).toEqual(["x".repeat(64)]);
  });

  it("refuses an entry that could never match", () => {
    expect(fieldErrors({ ...form, bannedWords: "spam\n---" }).bannedWords).toEqual(['"---" has no letters or digits, so it could never match: remove it.']);
  });

  it("refuses more than 500 entries, saying how many there are", () => {
    const words = Array.from({ length: 501 }, (_, i) => `word${i}`).join("\n");
    expect(fieldErrors({ ...form, bannedWords: words }).bannedWords).toEqual(["Keep to 500 banned words at most: this list has 501."]);
    expect(moderationSettingsSchema.parse({ ...form, bannedWords: Array.from({ length: 500 }, (_, i) => `w${i}`) }).bannedWords).toHaveLength(500);
  });

  it("refuses a list that is not text", () => {
    expect(fieldErrors({ ...form, bannedWords: 5 }).bannedWords).toEqual(["Enter the banned words as text, one a line (empty for none)."]);
  });
});

describe("moderationSettingsSchema: numbers and the checkbox", () => {
  it("parses a filled-in form into the table's columns", () => {
    expect(moderationSettingsSchema.parse({ ...form, premoderation: "on", maxLinks: " 5 ", newAccountHoldCount: "2", reportHideThreshold: "10" })).toEqual({
      premoderation: true,
      bannedWords: [],
      suspectWords: [],
      maxLinks: 5,
      newAccountHoldCount: 2,
      reportHideThreshold: 10,
    });
  });

  it("turns rules off for emptied fields: null limits, 0 held comments, an absent checkbox", () => {
    expect(moderationSettingsSchema.parse({ ...form, maxLinks: "", newAccountHoldCount: "", reportHideThreshold: "  " })).toEqual({
      premoderation: false,
      bannedWords: [],
      suspectWords: [],
      maxLinks: null,
      newAccountHoldCount: 0,
      reportHideThreshold: null,
    });
  });

  it("accepts JSON booleans and numbers", () => {
    const parsed = moderationSettingsSchema.parse({ premoderation: true, bannedWords: [], suspectWords: [], maxLinks: 0, newAccountHoldCount: 100, reportHideThreshold: 1 });
    expect([parsed.premoderation, parsed.maxLinks, parsed.newAccountHoldCount, parsed.reportHideThreshold]).toEqual([true, 0, 100, 1]);
  });

  it("reports every field's problem at once, each in words for that field", () => {
    expect(fieldErrors({ ...form, premoderation: "maybe", maxLinks: "lots", newAccountHoldCount: "1.5", reportHideThreshold: "0" })).toEqual({
      premoderation: ["Choose whether pre-moderation is on or off."],
      maxLinks: ["Enter the most links a comment may have as a whole number, or leave it empty to turn the rule off."],
      newAccountHoldCount: ["Enter how many first comments of a new account to hold as a whole number (0 turns the rule off)."],
      reportHideThreshold: ["Hiding needs at least 1 report: leave it empty to turn hiding off."],
    });
  });

  it("refuses numbers past either end of their range", () => {
    expect(fieldErrors({ ...form, maxLinks: "51", newAccountHoldCount: "101", reportHideThreshold: "101" })).toEqual({
      maxLinks: ["The link limit can be at most 50: leave it empty to turn the rule off."],
      newAccountHoldCount: ["Hold at most the first 100 comments of a new account."],
      reportHideThreshold: ["Hiding can wait for at most 100 reports."],
    });
    expect(fieldErrors({ ...form, maxLinks: "-1", newAccountHoldCount: "-1" })).toEqual({
      maxLinks: ["The link limit can't be negative: use 0 to hold every comment with a link."],
      newAccountHoldCount: ["The number of comments to hold can't be negative: use 0 to turn the rule off."],
    });
  });
});
