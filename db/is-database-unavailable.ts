/** Node's socket errors and postgres.js's own codes for a connection that failed or was lost. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * SQLSTATEs of a server that is going away, starting or overloaded: admin_shutdown, crash_shutdown,
 * cannot_connect_now, query_canceled (our statement_timeout), too_many_connections, and class 08
 * (connection exceptions).
 */
const UNAVAILABLE_STATES = new Set(["57P01", "57P02", "57P03", "57014", "53300"]);

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return CONNECTION_CODES.has(code) || UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/**
 * Whether an error means "the database could not be reached or did not answer in time", as opposed
 * to a bug or a refused statement. Looks through Drizzle's wrapper (`cause`) and Node's
 * AggregateError (one attempt per address of a host).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (isUnavailableCode(code)) return true;
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
