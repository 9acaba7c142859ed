import { describe, expect, it } from "vitest";
import { returnUrl } from "./return-url";

const OWN = "http://parley.invalid";

describe("returnUrl", () => {
  it("goes back to the iframe page with the result code, dropping the last one", () => {
    expect(returnUrl("/embed/thread?site=abc&key=k&notice=posted&sso=t", OWN, { notice: "voted", commentId: 5 })).toBe(
      "/embed/thread?site=abc&key=k&notice=voted#comment-5",
    );
    expect(returnUrl("/embed/thread?site=abc&key=k&cursor=c", OWN, { notice: "posted", commentId: 9, focus: true })).toBe(
      "/embed/thread?site=abc&key=k&comment=9&notice=posted#comment-9",
    );
    expect(returnUrl("/embed/thread?site=abc&key=k&cursor=c2", OWN, { notice: "voted", commentId: 3 })).toBe("/embed/thread?site=abc&key=k&cursor=c2&notice=voted#comment-3");
    expect(returnUrl("/embed/thread?site=abc&key=k", OWN, { error: "rate_limited" })).toBe("/embed/thread?site=abc&key=k&error=rate_limited");
  });

  it.each([
    ["another origin", "https://evil.example/embed/thread?site=abc"],
    ["a protocol-relative URL", "//evil.example/embed/thread?site=abc"],
    ["a backslash trick", "/\\evil.example/embed/thread?site=abc"],
    ["another page of Parley", "/moderate?site=abc"],
    ["the thread without a site", "/embed/thread?key=k"],
    ["something not a string", 42],
  ])("refuses %s", (_what, raw) => {
    expect(returnUrl(raw, OWN, { notice: "posted" })).toBeNull();
  });
});
