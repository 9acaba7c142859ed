import "server-only";
import MarkdownIt from "markdown-it";
import { isAllowedHref, sanitizeCommentHtml } from "./sanitize-comment-html";

// Built once per process. Raw HTML is off, so `<b>` comes out as escaped text.
const md = new MarkdownIt("default", { html: false, linkify: true, breaks: true, typographer: false })
  // Not part of the comment subset: these stay as their literal source text.
  .disable(["heading", "lheading", "table", "hr", "strikethrough"]);

// Replaces markdown-it's own check (which lets `data:image/*` through) so links,
// autolinks and linkified text are only made for targets the sanitizer will keep;
// anything else stays its literal source text.
md.validateLink = isAllowedHref;

// Images are parsed but rendered as plain text (their alt, else their URL): a
// comment never makes a reader's browser load a third-party resource.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const alt = self.renderInlineAsText(token?.children ?? [], options, env);
  return md.utils.escapeHtml(alt || String(token?.attrGet("src") ?? ""));
};

/**
 * Comment markdown to safe HTML, done once on write and stored beside the source.
 * Deterministic and trimmed; blank input gives "".
 */
export function renderCommentMarkdown(markdown: string): string {
  return sanitizeCommentHtml(md.render(markdown)).trim();
}
