import { describe, expect, it } from "vitest";
import { newAccountRule } from "./new-account";
import { ruleInput, ruleSettings } from "./testing";

describe("newAccountRule", () => {
  it("holds an author with fewer published comments than the setting", () => {
    expect(newAccountRule(ruleInput({ authorPublishedCount: 2 }), ruleSettings({ newAccountHoldCount: 3 }))).toEqual({
      decision: "hold",
      rule: "new_account",
      reason: "One of the first 3 comments of a new account",
    });
  });

  it("holds a first comment, in the singular when only one is held", () => {
    expect(newAccountRule(ruleInput({ authorPublishedCount: 0 }), ruleSettings({ newAccountHoldCount: 1 }))?.reason).toBe("The first comment of a new account");
  });

  it("lets the author through once enough comments are published", () => {
    expect(newAccountRule(ruleInput({ authorPublishedCount: 3 }), ruleSettings({ newAccountHoldCount: 3 }))).toBeNull();
  });

  it("is off at 0, even for a brand-new account", () => {
    expect(newAccountRule(ruleInput({ authorPublishedCount: 0 }), ruleSettings({ newAccountHoldCount: 0 }))).toBeNull();
  });
});
