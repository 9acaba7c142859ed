import { isAppError } from "@/lib/errors";
import { toUnavailableError } from "@/lib/unavailable";

/**
 * Turns a domain error into a JSON error response: a database outage is a 503 with Retry-After,
 * anything unexpected a logged 500.
 */
export function toResponse(thrown: unknown): Response {
  const error = toUnavailableError(thrown);
  if (isAppError(error)) {
    if (error.code === "unavailable") console.warn(`[parley] database unavailable: ${describeCause(error.cause)}`);
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

/** The driver's code and message under Drizzle's "Failed query" wrapper, for one log line. */
function describeCause(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return inner instanceof Error ? `${(inner as { code?: string }).code ?? inner.name}: ${inner.message}` : String(inner);
}
