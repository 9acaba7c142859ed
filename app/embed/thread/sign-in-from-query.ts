import type { NextRequest } from "next/server";
import type { EmbedQuery } from "@/lib/embed/embed-request";
import type { EmbedSite } from "@/lib/embed/embed-site";
import { signInWithSsoToken } from "@/lib/embed/embed-sso";
import { isAppError } from "@/lib/errors";

type SignIn = { redirect: Response; error?: undefined; status?: undefined } | { redirect?: undefined; error: string; status: number };

/**
 * `sso=<jwt>` signs the reader in and sends the iframe to the same address without the token,
 * so it is neither kept in history nor used twice. A refused token shows the thread with why.
 */
export async function signInFromQuery(site: EmbedSite, query: EmbedQuery & { sso?: string }, request: NextRequest): Promise<SignIn> {
  try {
    const { setCookie } = await signInWithSsoToken(site, query.sso!);
    const target = new URL(request.nextUrl.pathname + request.nextUrl.search, "http://x");
    target.searchParams.delete("sso");
    const headers = new Headers({ Location: target.pathname + target.search, "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" });
    headers.append("Set-Cookie", setCookie);
    return { redirect: new Response(null, { status: 303, headers }) };
  } catch (error) {
    if (!isAppError(error) || error.code === "unavailable") throw error;
    return { error: error.message, status: error.status };
  }
}
