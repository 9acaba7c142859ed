import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Cookie-authenticated JSON writes must come from our own pages. A JSON content
 * type cannot be sent cross-site without a CORS preflight (which we never grant),
 * and a browser's Origin header, when present, must be ours.
 */
export function requireSameOriginJson(request: Request): void {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("invalid_input", "Send the body as JSON (Content-Type: application/json).");
  }
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}
