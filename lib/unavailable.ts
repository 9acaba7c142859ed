import { isDatabaseUnavailable } from "@/db/is-database-unavailable";
import { AppError, isAppError } from "@/lib/errors";

/** What a client should wait before trying again while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_MESSAGE = "Comments are briefly unavailable — try again in a moment.";
export const NOT_SAVED_MESSAGE = "We couldn't save that just now — nothing was saved. Try again in a moment.";

/** An outage of the database, whether raw from a driver or already turned into an AppError. */
export function isUnavailable(error: unknown): boolean {
  return (isAppError(error) && error.code === "unavailable") || isDatabaseUnavailable(error);
}

/** A database outage as the domain's `unavailable` error (503, Retry-After); anything else is returned unchanged. */
export function toUnavailableError(error: unknown): unknown {
  if (isAppError(error) || !isDatabaseUnavailable(error)) return error;
  return new AppError("unavailable", UNAVAILABLE_MESSAGE, { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS, cause: error });
}

/**
 * `work`'s result, or null while the database is unreachable (other errors propagate): for pages,
 * which cannot answer 503, so they say "briefly unavailable" in HTML that works without JavaScript
 * instead of failing to Next's error boundary, which renders only in the browser.
 */
export async function unlessUnavailable<T>(work: () => Promise<T>): Promise<{ value: T } | null> {
  try {
    return { value: await work() };
  } catch (error) {
    if (isUnavailable(error)) return null;
    throw error;
  }
}
