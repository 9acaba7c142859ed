import "server-only";
import sanitizeHtml from "sanitize-html";

const LINK_REL = "nofollow ugc noopener";

// Absolute http(s) and mailto only: relative and protocol-relative (`//host`) links
// are refused too, so a comment can never point at a path of the embedding site.
const ALLOWED_HREF = /^(?:https?:\/\/|mailto:)/i;

/** Whether a (decoded, normalized) link target may appear in a rendered comment. */
export function isAllowedHref(href: string): boolean {
  return ALLOWED_HREF.test(href.trim());
}

const options: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "a", "code", "pre", "blockquote", "ul", "ol", "li"],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A link whose target is refused becomes a tag outside the allowlist, which is
    // dropped while its text is kept: no `<a>` without an href.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      attribs.href !== undefined && isAllowedHref(attribs.href)
        ? { tagName, attribs: { href: attribs.href, rel: LINK_REL } }
        : { tagName: "span", attribs: {} },
  },
};

/** Strips everything outside the comment allowlist; the last line of defence after markdown-it. */
export function sanitizeCommentHtml(html: string): string {
  return sanitizeHtml(html, options);
}
