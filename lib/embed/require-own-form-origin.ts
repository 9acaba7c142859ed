import { AppError } from "@/lib/errors";
import { isOriginOfHost } from "@/lib/http/request-origin";

/**
 * The iframe's forms post to their own origin; nothing else may post here (CSRF). The iframe's
 * pages send no referrer, and a browser then says `Origin: null` on a same-origin post, so a null
 * or missing Origin passes only with `Sec-Fetch-Site: same-origin`, which no page can forge (a
 * sandboxed frame elsewhere sends null with `cross-site`).
 */
export function requireOwnFormOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    if (isOriginOfHost(origin, request)) return;
    throw new AppError("forbidden", "Comments can be posted from Parley's own pages only.");
  }
  if (request.headers.get("sec-fetch-site") === "same-origin") return;
  throw new AppError("forbidden", "Comments can be posted from Parley's own pages only.");
}
