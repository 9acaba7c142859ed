import type { NextRequest } from "next/server";
import type { EmbedQuery } from "@/lib/embed/embed-request";
import type { EmbedSite } from "@/lib/embed/embed-site";
import { EMBED_COOKIE, readEmbedSession } from "@/lib/embed/embed-session";
import { signInWithSsoToken } from "@/lib/embed/embed-sso";
import { SSO_REPLAY_MESSAGE } from "@/lib/embed/sso-token";
import { isAppError } from "@/lib/errors";

type SignIn = { redirect: Response; error?: undefined; status?: undefined } | { redirect?: undefined; error: string; status: number };

/**
 * `sso=<jwt>` signs the reader in and sends the iframe to the same address without the token,
 * so it is neither kept in history nor used twice. A refused token shows the thread with why.
 */
export async function signInFromQuery(site: EmbedSite, query: EmbedQuery & { sso?: string }, request: NextRequest): Promise<SignIn> {
  try {
    const { setCookie } = await signInWithSsoToken(site, query.sso!);
    return { redirect: withoutToken(request, setCookie) };
  } catch (error) {
    if (!isAppError(error) || error.code === "unavailable") throw error;
    // The same page shown again (back button, a cached page): its token was spent signing in this
    // very frame, whose session is still there. Nothing to say; the reader stays signed in.
    if (error.message.startsWith(SSO_REPLAY_MESSAGE) && (await readEmbedSession(request.cookies.get(EMBED_COOKIE)?.value))?.siteId === site.id) {
      return { redirect: withoutToken(request) };
    }
    return { error: error.message, status: error.status };
  }
}

function withoutToken(request: NextRequest, setCookie?: string): Response {
  const target = new URL(request.nextUrl.pathname + request.nextUrl.search, "http://x");
  target.searchParams.delete("sso");
  const headers = new Headers({ Location: target.pathname + target.search, "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" });
  if (setCookie) headers.append("Set-Cookie", setCookie);
  return new Response(null, { status: 303, headers });
}
