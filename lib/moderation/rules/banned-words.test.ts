import { describe, expect, it } from "vitest";
import { bannedWordsRule } from "./banned-words";
import { ruleInput, ruleSettings } from "./testing";

describe("bannedWordsRule", () => {
  it("refuses a comment with a banned word, naming the word as configured", () => {
    expect(bannedWordsRule(ruleInput({ text: "What a load of TR0LL nonsense" }), ruleSettings({ bannedWords: ["Troll", "spam"] }))).toEqual({
      decision: "refuse",
      rule: "banned_words",
      reason: 'Your comment contains a word that isn\'t allowed here: "Troll". Please rephrase.',
    });
  });

  it("names every banned word found, in list order, so the author can fix them all at once", () => {
    expect(bannedWordsRule(ruleInput({ text: "spam from a troll" }), ruleSettings({ bannedWords: ["troll", "idiot", "spam"] }))).toEqual({
      decision: "refuse",
      rule: "banned_words",
      reason: 'Your comment contains words that aren\'t allowed here: "troll", "spam". Please rephrase.',
    });
  });

  it("reads the markdown the author wrote, not the HTML", () => {
    const input = ruleInput({ text: "[click](https://spam.example)", html: '<p><a href="https://spam.example">click</a></p>' });
    expect(bannedWordsRule(input, ruleSettings({ bannedWords: ["spam"] }))?.reason).toBe('Your comment contains a word that isn\'t allowed here: "spam". Please rephrase.');
    expect(bannedWordsRule(ruleInput({ text: "fine", html: "<p>spam</p>" }), ruleSettings({ bannedWords: ["spam"] }))).toBeNull();
  });

  it("has no objection when no banned word is present, or none is configured", () => {
    expect(bannedWordsRule(ruleInput({ text: "A classic assistant" }), ruleSettings({ bannedWords: ["ass"] }))).toBeNull();
    expect(bannedWordsRule(ruleInput({ text: "spam" }), ruleSettings({ bannedWords: [] }))).toBeNull();
  });
});
