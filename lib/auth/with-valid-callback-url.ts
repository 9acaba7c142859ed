import type { NextRequest } from "next/server";
import { rebuildRequest } from "@/lib/http/rebuild-request";
import { tryDecodeURIComponent } from "@/lib/text/try-decode";

// Auth.js's own test: an absolute http(s) URL, or a path. It treats anything else in the query
// or its callback-url cookie as a server misconfiguration and answers 500.
function isValidCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

const isCallbackCookie = (pair: string) => /^(__Secure-)?authjs\.callback-url$/.test(pair.split("=")[0]!.trim());

/**
 * The same request without a callback URL Auth.js would choke on (`callbackUrl=javascript:…`,
 * a mangled cookie): it then falls back to its default, as for a request that named none.
 */
export function withValidCallbackUrl(request: NextRequest): NextRequest {
  const { origin } = request.nextUrl;
  const param = request.nextUrl.searchParams.get("callbackUrl");
  const badParam = param !== null && !isValidCallbackUrl(param, origin);
  const keepCookie = (pair: string) => !isCallbackCookie(pair) || isValidCallbackUrl(decodedCookie(pair), origin);
  const badCookie = (request.headers.get("cookie") ?? "").split(";").some((pair) => !keepCookie(pair.trim()));
  if (!badParam && !badCookie) return request;
  const url = new URL(request.url);
  if (badParam) url.searchParams.delete("callbackUrl");
  return rebuildRequest(request, { url, keepCookie });
}

function decodedCookie(pair: string): string {
  const value = pair.slice(pair.indexOf("=") + 1);
  return tryDecodeURIComponent(value) ?? value;
}
