import { describe, expect, it } from "vitest";
import { parseEmbedQuery } from "./embed-request";

const parse = (query: string) => parseEmbedQuery(new URLSearchParams(query));

describe("parseEmbedQuery", () => {
  it("reads every option of the contract", () => {
    const parsed = parse(
      "site=abc123&key=story-1&url=https://pub.example/story?x=1%23h&title=Hello&origin=https://PUB.example&theme=dark&accent=%23ff8800&sort=newest&lang=pt-BR&frame=2&comment=17",
    );
    expect(parsed).toEqual({
      ok: true,
      query: expect.objectContaining({ site: "abc123", pageKey: "story-1", origin: "https://pub.example", theme: "dark", accent: "#ff8800", sort: "newest", lang: "pt-BR", frame: 2, comment: 17 }),
    });
  });

  it("keys a page by its URL without query and fragment when no key is given", () => {
    const parsed = parse("site=abc&url=" + encodeURIComponent("https://pub.example/a/b?utm=1#top"));
    expect(parsed.ok && parsed.query.pageKey).toBe("https://pub.example/a/b");
    expect(parsed.ok && parsed.query.theme).toBe("auto");
  });

  it.each([
    ["no site", "key=k"],
    ["a site id with odd characters", "site=a%20b&key=k"],
    ["neither key nor url", "site=abc"],
    ["a javascript: url", "site=abc&url=javascript:alert(1)"],
    ["a url with credentials", "site=abc&url=https://u:p@pub.example/"],
    ["an origin with a path", "site=abc&key=k&origin=https://pub.example/x"],
    ["a repeated parameter", "site=abc&site=def&key=k"],
    ["a key with a NUL", "site=abc&key=a%00b"],
  ])("refuses %s", (_what, query) => {
    expect(parse(query).ok).toBe(false);
  });

  it("drops an unknown notice or error code instead of showing it", () => {
    const parsed = parse("site=abc&key=k&notice=<b>hi</b>&error=posted");
    expect(parsed.ok && [parsed.query.notice, parsed.query.error]).toEqual([undefined, undefined]);
    const known = parse("site=abc&key=k&notice=posted&error=rate_limited");
    expect(known.ok && [known.query.notice, known.query.error]).toEqual(["posted", "rate_limited"]);
  });

  it.each([
    ["an accent that is not a colour", "accent=red;background:url(x)", { accent: undefined }],
    ["an accent of 4 digits", "accent=%23abcd", { accent: undefined }],
    ["an unknown theme", "theme=neon", { theme: "auto" }],
    ["an unknown sort", "sort=random", { sort: undefined }],
    ["a language that is not a tag", "lang=en<script>", { lang: undefined }],
    ["a frame that is not a number", "frame=x", { frame: undefined }],
  ])("shows the thread with the default look for %s", (_what, option, expected) => {
    const parsed = parse(`site=abc&key=k&${option}`);
    expect(parsed.ok && parsed.query).toMatchObject(expected);
  });

  it("tidies a title instead of refusing it: controls become spaces, and it is cut at 300 characters", () => {
    const parsed = parse(`site=abc&key=k&title=${encodeURIComponent("a\nb" + "x".repeat(400))}`);
    expect(parsed.ok && parsed.query.title).toBe(`a b${"x".repeat(297)}`);
  });

  it("names the problem without echoing the value", () => {
    const parsed = parse("site=abc&key=k&origin=%3Cscript%3E");
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain("<script>");
  });
});
