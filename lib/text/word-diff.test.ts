import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks the words taken out and put in, keeping the rest as it was", () => {
    expect(wordDiff("The ferry leaves at noon today", "The ferry leaves at dawn today")).toEqual([
      { kind: "same", text: "The ferry leaves at " },
      { kind: "removed", text: "noon" },
      { kind: "added", text: "dawn" },
      { kind: "same", text: " today" },
    ]);
  });

  it("shows a pure addition and a pure removal", () => {
    expect(wordDiff("Nice harbour", "Nice harbour, visit casino.example")).toEqual([
      { kind: "same", text: "Nice harbour" },
      { kind: "added", text: ", visit casino.example" },
    ]);
    expect(wordDiff("a b c", "a c")).toEqual([
      { kind: "same", text: "a " },
      { kind: "removed", text: "b " },
      { kind: "same", text: "c" },
    ]);
  });

  it("keeps line breaks, and says nothing changed for the same text", () => {
    expect(wordDiff("one\n\ntwo", "one\n\ntwo")).toEqual([{ kind: "same", text: "one\n\ntwo" }]);
    expect(wordDiff("", "new")).toEqual([{ kind: "added", text: "new" }]);
  });

  it("shows a rewrite too long to compare word by word as old text out, new text in", () => {
    const before = Array.from({ length: 800 }, (_, i) => `old${i}`).join(" ");
    const after = Array.from({ length: 800 }, (_, i) => `new${i}`).join(" ");
    expect(wordDiff(before, after)).toEqual([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  });
});
