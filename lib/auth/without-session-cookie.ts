import type { NextRequest } from "next/server";
import { rebuildRequest } from "@/lib/http/rebuild-request";

// Auth.js takes any cookie whose name starts with its session cookie's (chunks ".0", ".1"...;
// "__Secure-" on https), and trims spaces and tabs around names: drop them all.
const isSessionCookie = (pair: string) => /^(__Secure-)?authjs\.session-token/.test(pair.split("=")[0]!.trim());

/** The same request without the session cookie, so what it starts, it starts signed out. */
export function withoutSessionCookie(request: NextRequest): NextRequest {
  if (!request.headers.get("cookie")) return request;
  return rebuildRequest(request, { keepCookie: (pair) => !isSessionCookie(pair) });
}
