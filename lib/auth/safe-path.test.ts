import { describe, expect, it } from "vitest";
import { toSafePath } from "./schemas";

describe("toSafePath", () => {
  it("keeps a same-site path with its query and fragment", () => {
    expect(toSafePath("/articles/a-story?sort=newest#comments")).toBe("/articles/a-story?sort=newest#comments");
  });

  it.each([
    ["a protocol-relative URL", "//evil.example/x"],
    ["a backslash", "/\\evil.example/x"],
    ["a tab browsers would drop", "/\t/evil.example/phish"],
    ["a newline", "/\n/evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a relative path", "articles/x"],
    ["dot segments that normalise into another site", "/.//evil.example/phish"],
    ["parent segments that do the same", "/..//evil.example/phish"],
    ["encoded dot segments", "/%2e%2e//evil.example/phish"],
    ["a non-string", 42],
    ["nothing", undefined],
  ])("turns %s into the home page", (_label, value) => {
    expect(toSafePath(value)).toBe("/");
  });
});
