import { createElement } from "react";
import { type NextRequest } from "next/server";
import { EmbedPage } from "@/app/embed/_render/embed-page";
import { MinimalThread } from "@/app/embed/_render/minimal-thread";
import { htmlResponse, refusalResponse } from "@/app/embed/_render/respond";
import { getViewer } from "@/lib/auth/viewer";
import { loadThreadView } from "@/lib/comments/load-thread-view";
import { checkEmbedOrigins } from "@/lib/embed/check-embed-origins";
import { parseEmbedQuery } from "@/lib/embed/embed-request";
import { getSiteByPublicId } from "@/lib/embed/embed-site";
import { findOrCreateEmbedThread, findThread } from "@/lib/embed/embed-thread";
import { embedThreadUrl } from "@/lib/embed/embed-url";
import { isOriginOfHost } from "@/lib/http/request-origin";
import { newNonce } from "@/lib/http/security-headers";
import { signInFromQuery } from "./sign-in-from-query";
import { resultMessage } from "./result-message";

export const dynamic = "force-dynamic";

/** The iframe: one site's thread for one page, as HTML with its own small script (contract: E). */
export async function GET(request: NextRequest): Promise<Response> {
  const nonce = newNonce();
  const parsed = parseEmbedQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return refusalResponse("invalid", nonce, undefined, parsed.problems);
  const { query } = parsed;
  const look = { theme: query.theme, accent: query.accent, lang: query.lang };
  const site = await getSiteByPublicId(query.site);
  if (!site) return refusalResponse("unknown_site", nonce, look);
  const origins = checkEmbedOrigins({ site, query, referer: request.headers.get("referer"), isOwnOrigin: (o) => isOriginOfHost(o, request) });
  if (!origins.ok) return refusalResponse("origin", nonce, look);

  const framing = { nonce, frameAncestors: site.allowedOrigins };
  const signIn = query.sso ? await signInFromQuery(site, query, request) : null;
  if (signIn?.redirect) return signIn.redirect;

  const now = new Date();
  const viewer = await getViewer();
  const thread = origins.mayCreateThread
    ? await findOrCreateEmbedThread({ site, pageKey: query.pageKey, url: query.url, title: query.title })
    : await findThread({ siteId: site.id, pageKey: query.pageKey });
  const view = thread ? await loadThreadView({ thread, query: { sort: query.sort, cursor: query.cursor, comment: query.comment?.toString() }, viewer, now }) : null;
  const returnTo = embedThreadUrl(query, { cursor: query.cursor, comment: query.comment });
  const links = {
    sort: (sort: string) => embedThreadUrl(query, { sort }),
    more: (cursor: string) => embedThreadUrl(query, { cursor }),
    all: embedThreadUrl(query),
    returnTo,
  };
  const body = thread && view ? createElement(MinimalThread, { view, threadId: thread.id, isClosed: thread.isClosed, viewer, links, now }) : createElement("p", { className: "empty" }, "No one has commented here yet.");
  const message = signIn?.error ? { kind: "error" as const, text: signIn.error } : resultMessage(query);
  const page = createElement(EmbedPage, { look, nonce, title: query.title ? `Comments: ${query.title}` : "Comments", parentOrigin: origins.parentOrigin, frame: query.frame, sitePublicId: site.publicId, viewer, returnTo, message }, body);
  return htmlResponse(page, signIn?.status ?? 200, framing);
}
