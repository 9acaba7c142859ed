import { describe, expect, it } from "vitest";
import { renderCommentMarkdown as render } from "./render-comment";

const REL = 'rel="nofollow ugc noopener"';

// Text is always escaped (`&lt;`), so every literal `<` in the output opens a real tag.
const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

function expectInert(html: string) {
  for (const tag of tagsOf(html)) {
    expect(tag).not.toMatch(/^<\/?(script|img|iframe|svg|style|object|embed)\b/i);
    expect(tag).not.toMatch(/\s(on\w+|style|class|id|title|target|src)=/i);
    expect(tag).not.toMatch(/href="(?!https?:\/\/|mailto:)/i);
  }
}

describe("renderCommentMarkdown: the supported subset", () => {
  it("renders bold, italic and inline code inside a paragraph", () => {
    expect(render("**bold** _it_ *also* `a < b`")).toBe(
      "<p><strong>bold</strong> <em>it</em> <em>also</em> <code>a &lt; b</code></p>",
    );
  });

  it("turns single newlines into line breaks and blank lines into paragraphs", () => {
    expect(render("one\ntwo\n\nthree")).toBe("<p>one<br />\ntwo</p>\n<p>three</p>");
  });

  it("renders block quotes and both kinds of list, keeping an ordered list's start", () => {
    expect(render("> quoted")).toBe("<blockquote>\n<p>quoted</p>\n</blockquote>");
    expect(render("- a\n- b")).toBe("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
    expect(render("3. c\n4. d")).toBe('<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>');
  });

  it("renders fenced and indented code blocks without a language class", () => {
    expect(render("```ts\nconst a = 1;\n```")).toBe("<pre><code>const a = 1;\n</code></pre>");
    expect(render("    indented")).toBe("<pre><code>indented\n</code></pre>");
  });

  it("gives links, autolinks and linkified URLs exactly the nofollow rel and nothing else", () => {
    expect(render("[x](https://a.b)")).toBe(`<p><a href="https://a.b" ${REL}>x</a></p>`);
    expect(render("see https://example.com")).toBe(
      `<p>see <a href="https://example.com" ${REL}>https://example.com</a></p>`,
    );
    expect(render("<https://example.com>")).toBe(`<p><a href="https://example.com" ${REL}>https://example.com</a></p>`);
    expect(render("[mail](mailto:desk@paper.example)")).toBe(`<p><a href="mailto:desk@paper.example" ${REL}>mail</a></p>`);
  });

  it("drops a link's title attribute", () => {
    expect(render('[x](https://a.b "t")')).toBe(`<p><a href="https://a.b" ${REL}>x</a></p>`);
  });

  it("leaves headings, rules, tables, strikethrough and raw HTML as literal text", () => {
    expect(render("# Title")).toBe("<p># Title</p>");
    expect(render("Title\n===")).toBe("<p>Title<br />\n===</p>");
    expect(render("---")).toBe("<p>---</p>");
    expect(render("|a|b|\n|-|-|\n|1|2|")).toBe("<p>|a|b|<br />\n|-|-|<br />\n|1|2|</p>");
    expect(render("~~gone~~")).toBe("<p>~~gone~~</p>");
    expect(render("<b>bold?</b>")).toBe("<p>&lt;b&gt;bold?&lt;/b&gt;</p>");
  });

  it("renders an image as its alt text, or its URL when it has none, never as an img", () => {
    expect(render("![a chart](https://evil/x.png)")).toBe("<p>a chart</p>");
    expect(render("![](https://evil/x.png)")).toBe("<p>https://evil/x.png</p>");
    expect(render("[![pic](https://evil/x.png)](https://ok.example)")).toBe(
      `<p><a href="https://ok.example" ${REL}>pic</a></p>`,
    );
  });

  it("returns an empty string for blank input and trims its output", () => {
    expect(render("")).toBe("");
    expect(render("  \n\n ")).toBe("");
    expect(render("\n\nhello\n\n")).toBe("<p>hello</p>");
  });
});

describe("renderCommentMarkdown: hostile input comes out inert", () => {
  const cases: [name: string, input: string, expected: string][] = [
    ["a script tag", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["an img with onerror", "<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"],
    ["a javascript: link", "[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>"],
    ["an upper-case JAVASCRIPT: link", "[x](JAVASCRIPT:alert(1))", "<p>[x](JAVASCRIPT:alert(1))</p>"],
    ["an entity-obfuscated javascript: link", "[x](jav&#x61;script:alert(1))", "<p>[x](javascript:alert(1))</p>"],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>"],
    ["a vbscript: autolink", "<vbscript:msgbox(1)>", "<p>&lt;vbscript:msgbox(1)&gt;</p>"],
    ["a protocol-relative link", "[x](//evil.example)", "<p>[x](//evil.example)</p>"],
    ["a relative link", "[x](/admin)", "<p>[x](/admin)</p>"],
    ["an iframe", "<iframe src=//evil>", "<p>&lt;iframe src=//evil&gt;</p>"],
    ["an svg with onload", "<svg onload=alert(1)>", "<p>&lt;svg onload=alert(1)&gt;</p>"],
    ["a markdown image", "![img](https://evil/x.png)", "<p>img</p>"],
    ["a data: image", "![x](data:image/png;base64,iVBORw0KGgo=)", "<p>![x](data:image/png;base64,iVBORw0KGgo=)</p>"],
    [
      "a script in a fenced code block",
      "```html\n<script>alert(1)</script>\n```",
      "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>",
    ],
    [
      "a raw anchor with onclick and style",
      '<a href="https://ok" onclick="x" style="color:red">',
      // Only the URL inside the escaped text is linkified; the attributes stay text.
      `<p>&lt;a href="<a href="https://ok" ${REL}>https://ok</a>" onclick="x" style="color:red"&gt;</p>`,
    ],
  ];

  it.each(cases)("renders %s as inert text", (_name, input, expected) => {
    const html = render(input);
    expect(html).toBe(expected);
    expectInert(html);
  });

  it("never links a rejected scheme, whatever its case or spacing", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "%6Aavascript:alert(1)", "file:///etc/passwd"]) {
      const html = render(`[x](${href}) <${href}>`);
      expect(tagsOf(html)).toEqual(["<p>", "</p>"]);
    }
  });

  it("is deterministic: the same source renders to the same HTML", () => {
    const source = "**a** [b](https://c.example)\n\n> d\n\n1. e";
    expect(render(source)).toBe(render(source));
  });
});
