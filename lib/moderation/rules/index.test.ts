import { describe, expect, it } from "vitest";
import { DEFAULT_MODERATION_SETTINGS, MODERATION_RULES, evaluateRules } from "./index";
import { htmlWithLinks, ruleInput, ruleSettings } from "./testing";

// Every rule switched on (pre-moderation on the article, in `tripAll`), and set to fire for `tripAll`.
const strict = ruleSettings({ bannedWords: ["spam"], suspectWords: ["casino"], maxLinks: 1, newAccountHoldCount: 5 });
const tripAll = ruleInput({ text: "spam casino", html: htmlWithLinks(2), authorPublishedCount: 0, isThreadPremoderated: true });

describe("evaluateRules", () => {
  it("publishes a comment no rule objects to", () => {
    expect(evaluateRules(ruleInput(), strict)).toEqual({ decision: "publish", fired: [] });
  });

  it("refuses when a refusal fires, whatever else fires, listing only the refusal", () => {
    expect(evaluateRules(tripAll, strict)).toEqual({
      decision: "refuse",
      fired: [{ decision: "refuse", rule: "banned_words", reason: 'Your comment contains a word that isn\'t allowed here: "spam". Please rephrase.' }],
    });
  });

  it("holds when only holds fire, listing every one in rule order, the most specific first", () => {
    const outcome = evaluateRules({ ...tripAll, text: "casino" }, strict);
    expect(outcome.decision).toBe("hold");
    expect(outcome.fired).toEqual([
      { decision: "hold", rule: "suspect_words", reason: 'Contains a suspect word: "casino"' },
      { decision: "hold", rule: "too_many_links", reason: "Contains 2 links (more than 1)" },
      { decision: "hold", rule: "new_account", reason: "One of the first 5 comments of a new account" },
      { decision: "hold", rule: "premoderation", reason: "Pre-moderation is on for this article" },
    ]);
  });

  it("holds for a single reason when only one rule fires", () => {
    expect(evaluateRules(ruleInput({ authorPublishedCount: 4 }), strict)).toEqual({
      decision: "hold",
      fired: [{ decision: "hold", rule: "new_account", reason: "One of the first 5 comments of a new account" }],
    });
  });

  it("checks refusals before holds", () => {
    expect(MODERATION_RULES.map((rule) => rule(tripAll, strict)?.decision)).toEqual(["refuse", "hold", "hold", "hold", "hold"]);
  });
});

describe("DEFAULT_MODERATION_SETTINGS", () => {
  it("matches the table's defaults", () => {
    expect(DEFAULT_MODERATION_SETTINGS).toEqual({ premoderation: false, bannedWords: [], suspectWords: [], maxLinks: 3, newAccountHoldCount: 0, reportHideThreshold: 3 });
  });

  it("holds only link-heavy comments: four links, not three", () => {
    expect(evaluateRules(ruleInput({ html: htmlWithLinks(3), authorPublishedCount: 0 }), DEFAULT_MODERATION_SETTINGS)).toEqual({ decision: "publish", fired: [] });
    expect(evaluateRules(ruleInput({ html: htmlWithLinks(4) }), DEFAULT_MODERATION_SETTINGS).decision).toBe("hold");
  });

  it("cannot be changed by a caller that shares it", () => {
    expect(Object.isFrozen(DEFAULT_MODERATION_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_MODERATION_SETTINGS.bannedWords)).toBe(true);
    expect(Object.isFrozen(DEFAULT_MODERATION_SETTINGS.suspectWords)).toBe(true);
  });
});
