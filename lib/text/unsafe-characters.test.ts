import { describe, expect, it } from "vitest";
import { hasUnsafeCharacters, stripUnsafeCharacters } from "./unsafe-characters";

describe("unsafe characters", () => {
  it("strip controls, NUL and bidirectional overrides but keep tabs, newlines and every script", () => {
    expect(stripUnsafeCharacters("a\u0000b\u0001\u0007c\u007f\u0085d")).toBe("abcd");
    expect(stripUnsafeCharacters("evil\u202Etxt.exe\u2066x\u2069\u200F")).toBe("eviltxt.exex");
    expect(stripUnsafeCharacters("line one\n\tline two — Ünïcödé, русский, עברית, 日本語 👍")).toBe("line one\n\tline two — Ünïcödé, русский, עברית, 日本語 👍");
  });

  it("say whether a string carries any of them", () => {
    expect(hasUnsafeCharacters("Ada \u202ELovelace")).toBe(true);
    expect(hasUnsafeCharacters("Ada\u0000")).toBe(true);
    expect(hasUnsafeCharacters("Ada Lovelace, עברית")).toBe(false);
    expect(hasUnsafeCharacters("Ada Lovelace")).toBe(false);
  });
});
