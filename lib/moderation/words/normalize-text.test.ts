import { describe, expect, it } from "vitest";
import { foldCharacters, normalizeWords } from "./normalize-text";

describe("foldCharacters", () => {
  it("lower-cases", () => {
    expect(foldCharacters("SPAM Spam")).toBe("spam spam");
  });

  it("strips accents, including a capital dotted I", () => {
    expect(foldCharacters("Ünïcödé crème İstanbul")).toBe("unicode creme istanbul");
  });

  it("folds fullwidth, ligature and mathematical letters to plain ones", () => {
    expect(foldCharacters("ＳＰＡＭ ﬁsh 𝐛𝐚𝐝")).toBe("spam fish bad");
  });

  it("removes zero-width and other invisible characters", () => {
    // zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, Hangul filler
    expect(foldCharacters("s\u200Bp\u200Ca\u200Dm s\u2060p\uFEFFa\u00ADm sp\u3164am")).toBe("spam spam spam");
  });

  it("reads every listed Cyrillic look-alike as its Latin letter, in either case", () => {
    expect(foldCharacters("\u0430\u0432\u0435\u043A\u043C\u043D\u043E\u0440\u0441\u0442\u0443\u0445\u0456\u0458\u0455\u04BB\u0501\u04CF")).toBe("abekmhopctyxijshdl");
    expect(foldCharacters("\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0423\u0425\u0406\u0408\u0405\u04BA\u0500\u04C0")).toBe("abekmhopctyxijshdi");
  });

  it("reads Greek look-alikes by how each case looks: capital Eta as h, small eta as n", () => {
    expect(foldCharacters("\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7")).toBe("abezhikmnoptyx");
    expect(foldCharacters("\u03B1\u03B2\u03B5\u03B7\u03B9\u03BA\u03BC\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7")).toBe("abenikuvoptux");
  });

  it("keeps other scripts' letters, lower-cased", () => {
    expect(foldCharacters("ДУРАК 馬鹿")).toBe("дypak 馬鹿");
  });
});

describe("normalizeWords", () => {
  it("splits on spaces and punctuation", () => {
    expect(normalizeWords("Hello,   world... (again)")).toEqual(["hello", "world", "again"]);
  });

  it("joins single letters spelled out with spaces or punctuation into one word", () => {
    expect(normalizeWords("b a d")).toEqual(["bad"]);
    expect(normalizeWords("b.a.d")).toEqual(["bad"]);
    expect(normalizeWords("b-a-d")).toEqual(["bad"]);
    expect(normalizeWords("b _ a / d")).toEqual(["bad"]);
    expect(normalizeWords("so b a d here")).toEqual(["so", "bad", "here"]);
  });

  it("keeps a lone single letter as its own word", () => {
    expect(normalizeWords("plan b works")).toEqual(["plan", "b", "works"]);
  });

  it("reads digits and symbols in a word as the letters they stand for, keeping 1 for the matcher", () => {
    expect(normalizeWords("b0ss h3ll b4d a55 7r0ll sp@m $pam st!nk 1d1ot")).toEqual(["boss", "hell", "bad", "ass", "troll", "spam", "spam", "stink", "1d1ot"]);
  });

  it("reads a symbol-only word as letters", () => {
    expect(normalizeWords("@$$")).toEqual(["ass"]);
  });

  it("leaves numbers and prices as written", () => {
    expect(normalizeWords("pay $100 for 1.5 or 100 of 5 5")).toEqual(["pay", "$100", "for", "15", "or", "100", "of", "55"]);
  });

  it("treats a trailing ! as punctuation and a ! inside a word as an i", () => {
    expect(normalizeWords("bad!!! sh!p ! !!")).toEqual(["bad", "ship"]);
  });

  it("keeps repeated letters: how many repeats count is the matcher's call", () => {
    expect(normalizeWords("baaaad")).toEqual(["baaaad"]);
  });

  it("splits at apostrophes", () => {
    expect(normalizeWords("idiot's")).toEqual(["idiot", "s"]);
  });

  it("has no words for blank or punctuation-only text", () => {
    expect(normalizeWords("")).toEqual([]);
    expect(normalizeWords("  ... --- ?! ")).toEqual([]);
  });
});
