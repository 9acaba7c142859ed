import { isAppError } from "@/lib/errors";

/** Turns a domain error into a JSON error response; anything unexpected becomes a logged 500. */
export function toResponse(error: unknown): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json(
      { error: { code: error.code, message: error.message, field: error.field, fieldErrors: error.fieldErrors } },
      { status: error.status, headers },
    );
  }
  console.error(error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500 });
}
