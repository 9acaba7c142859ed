import type { NextRequest } from "next/server";
import { embedErrorResponse } from "@/lib/embed/embed-html";
import { field, isNavigation, readForm, requireSameOriginPost } from "@/lib/embed/embed-request";
import { embedReturnPath } from "@/lib/embed/embed-return-path";
import { EMBED_COOKIE, endEmbedSession } from "@/lib/embed/embed-session";

/** Signs the iframe out: the session ends for good and its cookie goes. 303 back for a form, 204 for a script. */
export async function POST(request: NextRequest): Promise<Response> {
  try {
    requireSameOriginPost(request);
    const form = await readForm(request);
    const { setCookie } = await endEmbedSession(request.cookies.get(EMBED_COOKIE)?.value);
    const headers = { "Set-Cookie": setCookie, "Cache-Control": "no-store" };
    if (!isNavigation(request)) return new Response(null, { status: 204, headers });
    return new Response(null, { status: 303, headers: { ...headers, Location: embedReturnPath(field(form, "return"), field(form, "site")) } });
  } catch (error) {
    return embedErrorResponse(request, error);
  }
}
