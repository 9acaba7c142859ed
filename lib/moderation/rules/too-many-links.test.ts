import { describe, expect, it } from "vitest";
import { htmlWithLinks, ruleInput, ruleSettings } from "./testing";
import { tooManyLinksRule } from "./too-many-links";

describe("tooManyLinksRule", () => {
  it("holds a comment with more links than allowed, saying how many", () => {
    expect(tooManyLinksRule(ruleInput({ html: htmlWithLinks(5) }), ruleSettings({ maxLinks: 3 }))).toEqual({
      decision: "hold",
      rule: "too_many_links",
      reason: "Contains 5 links (more than 3)",
    });
  });

  it("allows exactly the limit", () => {
    expect(tooManyLinksRule(ruleInput({ html: htmlWithLinks(3) }), ruleSettings({ maxLinks: 3 }))).toBeNull();
  });

  it("holds any link at a limit of 0, in the singular", () => {
    expect(tooManyLinksRule(ruleInput({ html: htmlWithLinks(1) }), ruleSettings({ maxLinks: 0 }))?.reason).toBe("Contains 1 link (more than 0)");
  });

  it("is off when the limit is null", () => {
    expect(tooManyLinksRule(ruleInput({ html: htmlWithLinks(50) }), ruleSettings({ maxLinks: null }))).toBeNull();
  });

  it("counts only real link tags, not escaped text or other tags", () => {
    const html = "<p>&lt;a href=x&gt; <abbr>no</abbr> <strong>bold</strong> https://not-linked</p>";
    expect(tooManyLinksRule(ruleInput({ html }), ruleSettings({ maxLinks: 0 }))).toBeNull();
  });

  it("counts link tags in any case and across lines", () => {
    const html = '<p><A href="https://a.example">a</A>\n<a\nhref="https://b.example">b</a></p>';
    expect(tooManyLinksRule(ruleInput({ html }), ruleSettings({ maxLinks: 1 }))?.reason).toBe("Contains 2 links (more than 1)");
  });
});
