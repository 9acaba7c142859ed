import { describe, expect, it } from "vitest";
import { isAllowedHref, sanitizeCommentHtml as sanitize } from "./sanitize-comment-html";

// markdown-it never emits raw HTML, so the sanitizer is tested directly with the
// markup it exists to stop, should a future parser change let some through.
describe("sanitizeCommentHtml", () => {
  it("drops script, style and iframe together with their content", () => {
    expect(sanitize("<p>a<script>alert(1)</script><style>p{}</style><iframe src=x></iframe>b</p>")).toBe("<p>ab</p>");
  });

  it("drops img and svg and every attribute outside the allowlist", () => {
    expect(sanitize('<p class="c" id="i" style="color:red" onclick="x">t<img src=x onerror=alert(1)><svg onload=alert(1)></svg></p>')).toBe(
      "<p>t</p>",
    );
  });

  it("forces the rel on links and strips target, title and event handlers", () => {
    expect(sanitize('<a href="https://ok" rel="opener" target="_blank" title="t" onclick="x" style="color:red">ok</a>')).toBe(
      '<a href="https://ok" rel="nofollow ugc noopener">ok</a>',
    );
  });

  it("unwraps links whose target is refused, keeping their text", () => {
    for (const href of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "jav&#x61;script:alert(1)", "data:text/html,x", "//evil", "/rel", ""]) {
      expect(sanitize(`<a href="${href}">x</a>`)).toBe("x");
    }
    expect(sanitize("<a>x</a>")).toBe("x");
  });

  it("keeps start on ordered lists only", () => {
    expect(sanitize('<ol start="3" type="a"><li value="9">x</li></ol><ul start="2"><li>y</li></ul>')).toBe(
      '<ol start="3"><li>x</li></ol><ul><li>y</li></ul>',
    );
  });
});

describe("isAllowedHref", () => {
  it("accepts absolute http, https and mailto only", () => {
    expect(["http://a.b", "HTTPS://a.b", "mailto:x@a.b"].map(isAllowedHref)).toEqual([true, true, true]);
    expect(["javascript:x", "data:x", "vbscript:x", "//a.b", "/a", "ftp://a.b", "http:a.b"].map(isAllowedHref)).toEqual(
      Array(7).fill(false),
    );
  });
});
