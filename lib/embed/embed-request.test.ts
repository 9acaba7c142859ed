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
    ["an accent that is not a colour", "site=abc&key=k&accent=red;background:url(x)"],
    ["an accent of 4 digits", "site=abc&key=k&accent=%23abcd"],
    ["an unknown theme", "site=abc&key=k&theme=neon"],
    ["an unknown sort", "site=abc&key=k&sort=random"],
    ["a language that is not a tag", "site=abc&key=k&lang=en<script>"],
    ["a repeated parameter", "site=abc&site=def&key=k"],
    ["a key with a NUL", "site=abc&key=a%00b"],
    ["a title with a line break", "site=abc&key=k&title=a%0Ab"],
  ])("refuses %s", (_what, query) => {
    expect(parse(query).ok).toBe(false);
  });

  it("drops an unknown notice or error code instead of showing it", () => {
    const parsed = parse("site=abc&key=k&notice=<b>hi</b>&error=posted");
    expect(parsed.ok && [parsed.query.notice, parsed.query.error]).toEqual([undefined, undefined]);
    const known = parse("site=abc&key=k&notice=posted&error=rate_limited");
    expect(known.ok && [known.query.notice, known.query.error]).toEqual(["posted", "rate_limited"]);
  });

  it("names the problem without echoing the value", () => {
    const parsed = parse("site=abc&key=k&accent=%3Cscript%3E");
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain("<script>");
  });
});
