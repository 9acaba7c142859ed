import { describe, expect, it } from "vitest";
import { isAllowedOrigin, normalizeOrigin } from "./normalize-origin";

describe("normalizeOrigin", () => {
  it.each([
    ["https://Example.com/", "https://example.com"],
    ["HTTPS://NEWS.EXAMPLE", "https://news.example"],
    ["  https://news.example  ", "https://news.example"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["https://example.com:443", "https://example.com"],
    ["http://example.com:80", "http://example.com"],
    ["https://example.com:8443", "https://example.com:8443"],
    ["https://[::1]:3000", "https://[::1]:3000"],
    ["https://bücher.example", "https://xn--bcher-kva.example"],
  ])("accepts %j as %j", (input, expected) => {
    expect(normalizeOrigin(input)).toBe(expected);
  });

  it.each([
    ["a path", "https://example.com/story"],
    ["two slashes", "https://example.com//"],
    ["a query", "https://example.com?x=1"],
    ["an empty query", "https://example.com/?"],
    ["a fragment", "https://example.com#top"],
    ["credentials", "https://user:pass@example.com"],
    ["a user name", "https://evil.example@example.com"],
    ["a wildcard", "https://*.example.com"],
    ["a wildcard port", "https://example.com:*"],
    ["backslashes", "https:\\\\example.com"],
    ["a percent-encoded host", "https://%65xample.com"],
    ["a space in the host", "https://exa mple.com"],
    ["a tab inside", "https://exa\tmple.com"],
    ["a newline inside", "https://example.com\n.evil"],
    ["a NUL", "https://example.com\u0000"],
    ["a bad port", "https://example.com:99999"],
    ["no host", "https://"],
    ["no scheme", "example.com"],
    ["a relative URL", "//example.com"],
    ["ftp", "ftp://example.com"],
    ["javascript", "javascript:alert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["file", "file:///etc/passwd"],
    ["the opaque origin", "null"],
    ["nothing", ""],
    ["a very long host", `https://${"a".repeat(300)}.example`],
  ])("refuses %s", (_, input) => {
    expect(normalizeOrigin(input)).toBeNull();
  });
});

describe("isAllowedOrigin", () => {
  const site = { allowedOrigins: ["https://news.example", "http://127.0.0.1:4000"] };

  it("matches an allowed origin however a browser or a person writes it", () => {
    expect(isAllowedOrigin(site, "https://news.example")).toBe(true);
    expect(isAllowedOrigin(site, "https://NEWS.example/")).toBe(true);
    expect(isAllowedOrigin(site, "http://127.0.0.1:4000")).toBe(true);
  });

  it("refuses other schemes, ports, subdomains, look-alikes and nothing", () => {
    for (const origin of ["http://news.example", "https://news.example:8443", "https://www.news.example", "https://news.example.evil", "https://evil.example@news.example", "http://127.0.0.1:4001", "null", "", null, undefined]) {
      expect(isAllowedOrigin(site, origin)).toBe(false);
    }
  });
});
