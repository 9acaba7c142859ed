import type { EmbedQuery } from "./embed-request";

export const EMBED_THREAD_PATH = "/embed/thread";

// What the iframe keeps from one of its own pages to the next; the SSO token, cursor, focused
// comment and the last write's notice are each for one page only.
const KEPT = ["site", "key", "url", "title", "origin", "theme", "accent", "lang", "frame", "sort"] as const;

type Overrides = Partial<Record<"sort" | "cursor" | "comment" | "notice" | "error", string | number | undefined>>;

/** A same-origin path to the iframe page, from the current query with some values changed. */
export function embedThreadUrl(query: Pick<EmbedQuery, "site"> & Partial<Pick<EmbedQuery, (typeof KEPT)[number]>>, overrides: Overrides = {}): string {
  const params = new URLSearchParams();
  for (const name of KEPT) {
    const value = name in overrides ? overrides[name as keyof Overrides] : query[name];
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  for (const name of ["cursor", "comment", "notice", "error"] as const) {
    const value = overrides[name];
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  return `${EMBED_THREAD_PATH}?${params}`;
}
