import { NextRequest } from "next/server";

// Auth.js takes any cookie whose name starts with its session cookie's (chunks ".0", ".1"...;
// "__Secure-" on https), and trims spaces and tabs around names: drop them all.
const isSessionCookie = (pair: string) => /^(__Secure-)?authjs\.session-token/.test(pair.split("=")[0]!.trim());

/** The same request without the session cookie, so what it starts, it starts signed out. */
export function withoutSessionCookie(request: NextRequest): NextRequest {
  const cookie = request.headers.get("cookie");
  if (!cookie) return request;
  const kept = cookie
    .split(";")
    .map((c) => c.trim())
    .filter((c) => c && !isSessionCookie(c));
  const headers = new Headers(request.headers);
  if (kept.length) headers.set("cookie", kept.join("; "));
  else headers.delete("cookie");
  // duplex: Node needs it to pass a streamed body (a form_post callback) on to a new request.
  const init = { method: request.method, headers, body: request.body, duplex: "half" };
  return new NextRequest(request.url, init as ConstructorParameters<typeof NextRequest>[1]);
}
