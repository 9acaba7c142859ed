import { type NextRequest, NextResponse } from "next/server";
import { signInFormOrigins } from "@/lib/auth/sign-in-origins";
import { env } from "@/lib/env";
import { isFramedPath, SET_BY_FRAMED_PAGE } from "@/lib/http/framed-paths";
import { refuseMalformedRequest } from "@/lib/http/refuse-malformed-request";
import { BASE_SECURITY_HEADERS, HSTS, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

// Every request but static files passes here first: malformed ones are answered with a 4xx
// before Next.js can turn them into a 500, and every response gets the security headers with
// a fresh script nonce, which Next.js reads from the request's CSP header for its own scripts.
export async function proxy(request: NextRequest) {
  const e = env();
  const refusal = await refuseMalformedRequest(request);
  if (refusal) return withSecurityHeaders(refusal, request, null);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { isDevelopment: e.NODE_ENV === "development", formOrigins: signInFormOrigins(e) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
}

function withSecurityHeaders(response: Response, request: NextRequest, csp: string | null): Response {
  const isFramed = isFramedPath(request.nextUrl.pathname) && csp !== null;
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) {
    if (!isFramed || !SET_BY_FRAMED_PAGE.includes(name)) response.headers.set(name, value);
  }
  if (!isFramed) response.headers.set("Content-Security-Policy", csp ?? "default-src 'none'; frame-ancestors 'none'");
  if (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("Strict-Transport-Security", HSTS);
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
