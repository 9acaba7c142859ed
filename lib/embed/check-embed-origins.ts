import type { EmbedQuery } from "./embed-request";
import { isAllowedOrigin, originOf } from "./is-allowed-origin";

export type EmbedOrigins =
  | { ok: true; parentOrigin: string | null; mayCreateThread: boolean }
  | { ok: false; refused: "origin" | "url" | "referer" };

type Options = {
  site: { allowedOrigins: string[] };
  query: Pick<EmbedQuery, "origin" | "url">;
  referer: string | null;
  /** Parley's own origin: a Referer from it is the iframe navigating within itself. */
  isOwnOrigin: (origin: string) => boolean;
};

/**
 * Whether the page asking may show this site's thread. Every origin the request names must be
 * one of the site's: the embedding page's (`origin`, from the loader), its canonical URL's, and
 * the Referer's when the browser sends one. Only a request naming an allowed `origin` may
 * create the thread, and only then does the iframe talk to its parent.
 */
export function checkEmbedOrigins({ site, query, referer, isOwnOrigin }: Options): EmbedOrigins {
  if (query.origin !== undefined && !isAllowedOrigin(site, query.origin)) return { ok: false, refused: "origin" };
  if (query.url !== undefined) {
    const urlOrigin = originOf(query.url);
    if (!urlOrigin || !isAllowedOrigin(site, urlOrigin)) return { ok: false, refused: "url" };
  }
  if (referer) {
    const refererOrigin = originOf(referer);
    if (!refererOrigin || (!isOwnOrigin(refererOrigin) && !isAllowedOrigin(site, refererOrigin))) return { ok: false, refused: "referer" };
  }
  const parentOrigin = query.origin ?? null;
  return { ok: true, parentOrigin, mayCreateThread: parentOrigin !== null };
}
