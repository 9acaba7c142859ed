import { describe, expect, it } from "vitest";
import { findListedWords } from "./match-words";

const LIST = ["spam", "idiot", "ass", "kill", "troll"];

describe("findListedWords: what it finds", () => {
  it("finds a listed word in any case, and returns the entry as configured", () => {
    expect(findListedWords("What SPAM this is", LIST)).toEqual(["spam"]);
    expect(findListedWords("what spam this is", ["SpAm"])).toEqual(["SpAm"]);
  });

  it("finds a word spelled out with spaces or punctuation", () => {
    expect(findListedWords("you s p a m", LIST)).toEqual(["spam"]);
    expect(findListedWords("you s.p.a.m", LIST)).toEqual(["spam"]);
    expect(findListedWords("you s-p-a-m", LIST)).toEqual(["spam"]);
    expect(findListedWords("you a s s", LIST)).toEqual(["ass"]);
  });

  it("finds a word with its letters repeated", () => {
    expect(findListedWords("spaaaaam", LIST)).toEqual(["spam"]);
    expect(findListedWords("sssppaamm", LIST)).toEqual(["spam"]);
    expect(findListedWords("trolllll", LIST)).toEqual(["troll"]);
  });

  it("collapses repeats in the list too: a doubled letter needs at least two", () => {
    expect(findListedWords("goood gooood", ["good"])).toEqual(["good"]);
    expect(findListedWords("god", ["good"])).toEqual([]);
  });

  it("finds a listed single letter repeated: so 'god' matches 'good' (the known collision)", () => {
    expect(findListedWords("good", ["god"])).toEqual(["god"]);
  });

  it("finds each digit and symbol written for a letter", () => {
    expect(findListedWords("sp4m", LIST)).toEqual(["spam"]); // 4 → a
    expect(findListedWords("sp@m", LIST)).toEqual(["spam"]); // @ → a
    expect(findListedWords("5pam", LIST)).toEqual(["spam"]); // 5 → s
    expect(findListedWords("$pam", LIST)).toEqual(["spam"]); // $ → s
    expect(findListedWords("tr0ll", LIST)).toEqual(["troll"]); // 0 → o
    expect(findListedWords("7roll", LIST)).toEqual(["troll"]); // 7 → t
    expect(findListedWords("1d1ot", LIST)).toEqual(["idiot"]); // 1 → i
    expect(findListedWords("!d!ot", LIST)).toEqual(["idiot"]); // ! → i
    expect(findListedWords("tro11", LIST)).toEqual(["troll"]); // 1 → l
    expect(findListedWords("h3ll", ["hell"])).toEqual(["hell"]); // 3 → e
    expect(findListedWords("@$$", LIST)).toEqual(["ass"]);
  });

  it("reads a 1 as i and l in the same word", () => {
    expect(findListedWords("k111", LIST)).toEqual(["kill"]);
    expect(findListedWords("ki1l", LIST)).toEqual(["kill"]);
    expect(findListedWords("k1l", LIST)).toEqual([]);
  });

  it("finds words written with Cyrillic and Greek look-alikes", () => {
    expect(findListedWords("\u0455\u0440\u0430m", LIST)).toEqual(["spam"]); // Cyrillic ѕ р а
    expect(findListedWords("TR\u039FLL", LIST)).toEqual(["troll"]); // Greek capital Omicron
    expect(findListedWords("\u0456d\u0456\u043Et", LIST)).toEqual(["idiot"]); // Cyrillic і і о
  });

  it("finds words with accents, fullwidth letters or zero-width characters", () => {
    expect(findListedWords("spàm", LIST)).toEqual(["spam"]);
    expect(findListedWords("ｓｐａｍ", LIST)).toEqual(["spam"]);
    expect(findListedWords("sp\u200Bam", LIST)).toEqual(["spam"]);
    expect(findListedWords("s\u00ADp\u200Da\uFEFFm", LIST)).toEqual(["spam"]);
  });

  it("finds a word followed by punctuation or exclamation marks", () => {
    expect(findListedWords("Total spam!!!", LIST)).toEqual(["spam"]);
    expect(findListedWords("(spam), spam.", LIST)).toEqual(["spam"]);
  });

  it("normalizes the list entries the same way as the text", () => {
    expect(findListedWords("spam", ["SPÀM"])).toEqual(["SPÀM"]);
    expect(findListedWords("spam", ["s p a m"])).toEqual(["s p a m"]);
  });

  it("finds non-Latin words, ignoring case and repeats", () => {
    expect(findListedWords("ты ДУРАК", ["дурак"])).toEqual(["дурак"]);
    expect(findListedWords("дурааак", ["дурак"])).toEqual(["дурак"]);
  });
});

describe("findListedWords: phrases", () => {
  const phrases = ["buy now", "click here"];

  it("finds the words of a phrase in a row, whatever separates them", () => {
    expect(findListedWords("Buy NOW!", phrases)).toEqual(["buy now"]);
    expect(findListedWords("buy,   now", phrases)).toEqual(["buy now"]);
    expect(findListedWords("buy\nnow", phrases)).toEqual(["buy now"]);
    expect(findListedWords("b u y now", phrases)).toEqual(["buy now"]);
  });

  it("does not find a phrase whose words are apart, reordered or run together", () => {
    expect(findListedWords("buy it now", phrases)).toEqual([]);
    expect(findListedWords("now buy", phrases)).toEqual([]);
    expect(findListedWords("buynow", phrases)).toEqual([]);
  });
});

describe("findListedWords: what it must not find", () => {
  it("does not find a listed word inside a longer word", () => {
    expect(findListedWords("the class assistant passed the bass", ["ass"])).toEqual([]);
    expect(findListedWords("Scunthorpe", ["cunt"])).toEqual([]);
    expect(findListedWords("hello, shell", ["hell"])).toEqual([]);
    expect(findListedWords("trolley", LIST)).toEqual([]);
  });

  it("does not read a shorter word as a listed one with a doubled letter", () => {
    expect(findListedWords("as it is", ["ass"])).toEqual([]);
  });

  it("does not read numbers and prices as words", () => {
    expect(findListedWords("It costs $5 or 55 pence", ["ss"])).toEqual([]);
    expect(findListedWords("at 100 km/h", ["ioo"])).toEqual([]);
  });

  it("finds nothing with an empty list, empty text or entries that are only punctuation", () => {
    expect(findListedWords("spam", [])).toEqual([]);
    expect(findListedWords("", LIST)).toEqual([]);
    expect(findListedWords("spam --- !!!", ["", "  ", "---", "!!!"])).toEqual([]);
  });
});

describe("findListedWords: the result", () => {
  it("lists each entry found once, in list order, not text order", () => {
    expect(findListedWords("troll spam troll spam", LIST)).toEqual(["spam", "troll"]);
  });

  it("counts entries that normalize alike once, under the first spelling", () => {
    expect(findListedWords("spam", ["Spam", "spam", "SPÀM", "troll"])).toEqual(["Spam"]);
  });
});

describe("findListedWords: known limits", () => {
  it("misses a word split unevenly or glued to another", () => {
    expect(findListedWords("sp am", LIST)).toEqual([]);
    expect(findListedWords("spamspam", LIST)).toEqual([]);
  });

  it("misses a plural or other inflection that is not listed", () => {
    expect(findListedWords("trolls", LIST)).toEqual([]);
  });

  it("misses words in scripts written without spaces", () => {
    expect(findListedWords("お前は馬鹿だ", ["馬鹿"])).toEqual([]);
  });
});
