import { describe, expect, it } from "vitest";
import { premoderationRule } from "./premoderation";
import { ruleInput, ruleSettings } from "./testing";

describe("premoderationRule", () => {
  it("holds every comment on a pre-moderated site", () => {
    expect(premoderationRule(ruleInput(), ruleSettings({ premoderation: true }))).toEqual({
      decision: "hold",
      rule: "premoderation",
      reason: "Pre-moderation is on for this site",
    });
  });

  it("holds every comment on a pre-moderated article", () => {
    expect(premoderationRule(ruleInput({ isThreadPremoderated: true }), ruleSettings())).toEqual({
      decision: "hold",
      rule: "premoderation",
      reason: "Pre-moderation is on for this article",
    });
  });

  it("names the site when both are pre-moderated: turning off the article's alone would not help", () => {
    expect(premoderationRule(ruleInput({ isThreadPremoderated: true }), ruleSettings({ premoderation: true }))?.reason).toBe("Pre-moderation is on for this site");
  });

  it("has no objection when neither is pre-moderated", () => {
    expect(premoderationRule(ruleInput(), ruleSettings())).toBeNull();
  });
});
