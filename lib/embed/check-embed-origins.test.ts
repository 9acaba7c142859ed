import { describe, expect, it } from "vitest";
import { checkEmbedOrigins } from "./check-embed-origins";

const site = { allowedOrigins: ["https://pub.example", "http://127.0.0.1:8080"] };
const isOwnOrigin = (o: string) => o === "https://parley.example";
const check = (query: { origin?: string; url?: string }, referer: string | null = null) => checkEmbedOrigins({ site, query, referer, isOwnOrigin });

describe("checkEmbedOrigins", () => {
  it("lets an allowed page show the thread, create it and hear from the iframe", () => {
    expect(check({ origin: "https://pub.example", url: "https://pub.example/story" }, "https://pub.example/story")).toEqual({
      ok: true,
      parentOrigin: "https://pub.example",
      mayCreateThread: true,
    });
  });

  it("refuses an embedding origin the site does not list", () => {
    expect(check({ origin: "https://evil.example" })).toEqual({ ok: false, refused: "origin" });
    expect(check({ origin: "http://pub.example" })).toEqual({ ok: false, refused: "origin" });
    expect(check({ origin: "http://127.0.0.1:8081" })).toEqual({ ok: false, refused: "origin" });
  });

  it("refuses a page URL on another origin, even from an allowed parent", () => {
    expect(check({ origin: "https://pub.example", url: "https://evil.example/story" })).toEqual({ ok: false, refused: "url" });
  });

  it("refuses when the browser's Referer names another site", () => {
    expect(check({ origin: "https://pub.example" }, "https://evil.example/page")).toEqual({ ok: false, refused: "referer" });
    expect(check({ origin: "https://pub.example" }, "not a url")).toEqual({ ok: false, refused: "referer" });
  });

  it("accepts the iframe's own navigations (Referer on Parley itself)", () => {
    expect(check({ origin: "https://pub.example" }, "https://parley.example/embed/thread?site=x").ok).toBe(true);
  });

  it("shows but never creates a thread when no embedding origin is named", () => {
    expect(check({ url: "https://pub.example/story" })).toEqual({ ok: true, parentOrigin: null, mayCreateThread: false });
  });
});
