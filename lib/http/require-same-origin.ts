import "server-only";
import { AppError } from "@/lib/errors";
import { isOriginOfHost } from "./request-origin";

/**
 * Cookie-authenticated JSON writes must come from our own pages. A JSON content type cannot
 * be sent cross-site without a CORS preflight (which we never grant), and on top of that the
 * browser must say where the request comes from: an Origin naming the host it was sent to,
 * or, from a browser that sends no Origin, `Sec-Fetch-Site: same-origin`. A request saying
 * neither is refused: a client sending cookies can send an Origin too.
 */
export function requireSameOriginJson(request: Request): void {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("invalid_input", "Send the body as JSON (Content-Type: application/json).");
  }
  const origin = request.headers.get("origin");
  if (origin === null) {
    if (request.headers.get("sec-fetch-site") === "same-origin") return;
    throw new AppError("forbidden", "Send an Origin header naming this site: writes are accepted from Parley's own pages only.");
  }
  if (!isOriginOfHost(origin, request)) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
}
