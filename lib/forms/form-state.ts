import { isAppError } from "@/lib/errors";
import { NOT_SAVED_MESSAGE, UNAVAILABLE_RETRY_AFTER_SECONDS, isUnavailable } from "@/lib/unavailable";

/** What a server action hands back to its form. Never carries a password back. */
export type FormState =
  | { status: "idle" }
  | { status: "success"; message?: string }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      retryAfterSeconds?: number;
      /** What the person typed, to put back after React resets the form (never a password). */
      values?: Record<string, string>;
    };

export const idleFormState: FormState = { status: "idle" };

/**
 * Turns a domain error into form state; anything unexpected is rethrown to the error page. A
 * database outage says nothing was saved: every write is one transaction, so nothing half-done stays.
 */
export function toFormState(error: unknown): FormState {
  if (isUnavailable(error)) return { status: "error", message: NOT_SAVED_MESSAGE, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS };
  if (!isAppError(error)) throw error;
  const fieldErrors = error.fieldErrors ?? (error.field ? { [error.field]: [error.message] } : undefined);
  return { status: "error", message: error.message, fieldErrors, retryAfterSeconds: error.retryAfterSeconds };
}

/** toFormState, keeping the named text fields so the form can show them again. */
export function toFormStateWithValues(error: unknown, formData: FormData, names: string[]): FormState {
  const state = toFormState(error);
  if (state.status !== "error") return state;
  return { ...state, values: Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")])) };
}

/**
 * Server actions are public endpoints, called with whatever a request says: an action checks
 * that it was handed a form before reading it, and answers this when it was not.
 */
export function isForm(value: unknown): value is FormData {
  return value instanceof FormData;
}

export const unreadableFormState: FormState = { status: "error", message: "This form could not be read. Reload the page and try again." };
