import type { EmbedError, EmbedNotice } from "./embed-request";
import { EMBED_THREAD_PATH } from "./embed-url";

type Outcome = { notice?: EmbedNotice; error?: EmbedError; commentId?: number; focus?: boolean };

const ONE_PAGE_ONLY = ["notice", "error", "sso"];

/**
 * Where a write sends the browser back to: the form's `return` field when it is the iframe page
 * on Parley's own origin (anything else could make Parley redirect to another site), with the
 * result as a fixed code the page turns into a message. The page shown stays; `focus` opens
 * the comment in context instead (a new comment).
 */
export function returnUrl(raw: unknown, ownOrigin: string, outcome: Outcome): string | null {
  if (typeof raw !== "string" || raw.length > 4000 || !raw.startsWith("/") || raw.startsWith("//")) return null;
  if (!URL.canParse(raw, ownOrigin)) return null;
  const url = new URL(raw, ownOrigin);
  if (url.origin !== ownOrigin || url.pathname !== EMBED_THREAD_PATH || !url.searchParams.get("site")) return null;
  for (const name of ONE_PAGE_ONLY) url.searchParams.delete(name);
  if (outcome.focus && outcome.commentId) {
    url.searchParams.delete("cursor");
    url.searchParams.set("comment", String(outcome.commentId));
  }
  if (outcome.notice) url.searchParams.set("notice", outcome.notice);
  if (outcome.error) url.searchParams.set("error", outcome.error);
  url.hash = outcome.commentId && !outcome.error ? `comment-${outcome.commentId}` : "";
  return `${url.pathname}${url.search}${url.hash}`;
}
