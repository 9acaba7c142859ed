import { describe, expect, it } from "vitest";
import { suspectWordsRule } from "./suspect-words";
import { ruleInput, ruleSettings } from "./testing";

describe("suspectWordsRule", () => {
  it("holds a comment with a suspect word, naming the word as configured", () => {
    expect(suspectWordsRule(ruleInput({ text: "Great deal, b u y now" }), ruleSettings({ suspectWords: ["Buy now", "casino"] }))).toEqual({
      decision: "hold",
      rule: "suspect_words",
      reason: 'Contains a suspect word: "Buy now"',
    });
  });

  it("names every suspect word found, in list order", () => {
    expect(suspectWordsRule(ruleInput({ text: "casino crypto" }), ruleSettings({ suspectWords: ["crypto", "loan", "casino"] }))).toEqual({
      decision: "hold",
      rule: "suspect_words",
      reason: 'Contains suspect words: "crypto", "casino"',
    });
  });

  it("ignores banned words: they are another rule's", () => {
    expect(suspectWordsRule(ruleInput({ text: "casino" }), ruleSettings({ bannedWords: ["casino"] }))).toBeNull();
  });

  it("has no objection when no suspect word is present", () => {
    expect(suspectWordsRule(ruleInput({ text: "Occasionally cryptic" }), ruleSettings({ suspectWords: ["casino", "crypto"] }))).toBeNull();
  });
});
