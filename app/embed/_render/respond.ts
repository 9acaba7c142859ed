import type { ReactElement } from "react";
import { embedPageHeaders } from "@/lib/embed/embed-headers";
import { REFUSALS } from "@/lib/embed/embed-messages";
import type { EmbedLook } from "./embed-document";
import { RefusalPage } from "./refusal-page";
import { renderHtml } from "./render-html";
import { createElement } from "react";

type Framing = { nonce: string; frameAncestors: string[] | "any" };

/** An iframe page with its own CSP, frame-ancestors and no-store headers. */
export async function htmlResponse(element: ReactElement, status: number, framing: Framing, extra: Record<string, string> = {}): Promise<Response> {
  return new Response(await renderHtml(element), { status, headers: { ...embedPageHeaders(framing), ...extra } });
}

/** A refusal in place of the thread: a fixed explanation, and any parameter problems (never their values). */
export async function refusalResponse(kind: keyof typeof REFUSALS, nonce: string, look: EmbedLook = { theme: "auto" }, problems: string[] = []) {
  const { status, title, text } = REFUSALS[kind];
  return htmlResponse(createElement(RefusalPage, { look, nonce, title, text, problems }), status, { nonce, frameAncestors: "any" });
}
