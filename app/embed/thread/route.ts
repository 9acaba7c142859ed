import { createElement } from "react";
import { type NextRequest } from "next/server";
import { EmbedPage } from "@/app/embed/_render/embed-page";
import { EmbedThread } from "@/app/_components/thread/embed-thread";
import { htmlResponse, refusalResponse } from "@/app/embed/_render/respond";
import { getViewer } from "@/lib/auth/viewer";
import { checkEmbedOrigins } from "@/lib/embed/check-embed-origins";
import { parseEmbedQuery } from "@/lib/embed/embed-request";
import { findOrCreateEmbedThread } from "@/lib/threads/find-or-create-embed-thread";
import { findSiteThread } from "@/lib/threads/find-site-thread";
import { getThreadMessages } from "@/lib/threads/messages";
import { readThread } from "@/lib/threads/read-thread";
import { embedThreadUrl } from "@/lib/embed/embed-url";
import { isAppError } from "@/lib/errors";
import { isOriginOfHost } from "@/lib/http/request-origin";
import { toUnavailableError } from "@/lib/unavailable";
import { newNonce } from "@/lib/http/security-headers";
import { signInFromQuery } from "./sign-in-from-query";
import { resultMessage } from "./result-message";

export const dynamic = "force-dynamic";

/** The iframe: one site's thread for one page, as HTML with its own small script (contract: E). */
export async function GET(request: NextRequest): Promise<Response> {
  const nonce = newNonce();
  try {
    return await renderThread(request, nonce);
  } catch (thrown) {
    // A database outage or a page Parley can't keep reads as a refusal page, never a 500.
    const error = toUnavailableError(thrown);
    if (!isAppError(error)) throw error;
    return refusalResponse(error.code === "unavailable" ? "unavailable" : "page", nonce);
  }
}

async function renderThread(request: NextRequest, nonce: string): Promise<Response> {
  const parsed = parseEmbedQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return refusalResponse("invalid", nonce, undefined, parsed.problems);
  const { query } = parsed;
  const look = { theme: query.theme, accent: query.accent, lang: query.lang };
  const found = await findSiteThread(query.site, query.pageKey);
  if (!found) return refusalResponse("unknown_site", nonce, look);
  const { site } = found;
  const origins = checkEmbedOrigins({ site, query, referer: request.headers.get("referer"), isOwnOrigin: (o) => isOriginOfHost(o, request) });
  if (!origins.ok) return refusalResponse("origin", nonce, look);

  const framing = { nonce, frameAncestors: site.allowedOrigins };
  const signIn = query.sso ? await signInFromQuery(site, query, request) : null;
  if (signIn?.redirect) return signIn.redirect;

  const now = new Date();
  const [viewer, thread] = await Promise.all([
    getViewer(),
    found.thread ?? (origins.mayCreateThread ? findOrCreateEmbedThread({ site, pageKey: query.pageKey, url: query.url, title: query.title }) : null),
  ]);
  const view = thread ? await readThread({ thread, query: { sort: query.sort, cursor: query.cursor, comment: query.comment?.toString() }, viewer, now, closing: { createdAt: thread.createdAt, closeAfterDays: site.closeAfterDays } }) : null;
  const messages = getThreadMessages(query.lang);
  const returnTo = embedThreadUrl(query, { cursor: query.cursor, comment: query.comment });
  const links = {
    sort: (sort: string) => embedThreadUrl(query, { sort }),
    page: (sort: string, cursor: string) => embedThreadUrl(query, { sort, cursor }),
    permalink: (comment: number) => embedThreadUrl(query, { comment }),
    all: embedThreadUrl(query),
    // The thread on Parley itself (no parent page), for a sign-in that can't hand over to the frame.
    signIn: `/embed/sign-in?${new URLSearchParams({ site: site.publicId, thread: embedThreadUrl({ ...query, origin: undefined, frame: undefined }) })}`,
  };
  const body =
    thread && view
      ? createElement(EmbedThread, { thread: view, viewer, messages, links, forms: { returnUrl: returnTo }, now })
      : createElement("p", { className: "empty" }, messages.empty);
  const message = signIn?.error ? { kind: "error" as const, text: signIn.error } : resultMessage(query);
  const page = createElement(EmbedPage, { look, nonce, title: query.title ? `Comments: ${query.title}` : "Comments", parentOrigin: origins.parentOrigin, frame: query.frame, message }, body);
  return htmlResponse(page, signIn?.status ?? 200, framing);
}
