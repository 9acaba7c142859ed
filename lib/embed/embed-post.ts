import "server-only";
import { AppError } from "@/lib/errors";
import { isOriginOfHost } from "@/lib/http/request-origin";

/**
 * The embed's posts come from Parley's own iframe page (its form or its script), which the
 * browser marks with Parley's Origin. With a SameSite=None cookie at stake, a post from any other
 * page is refused: it could sign a reader out, or in as someone else.
 */
export function requireSameOriginPost(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null ? request.headers.get("sec-fetch-site") === "same-origin" : isOriginOfHost(origin, request)) return;
  throw new AppError("forbidden", "Cross-site requests are not allowed: sign in from Parley's own embedded page.");
}

/** Whether the browser navigates (a form without JavaScript) rather than fetches. */
export function isNavigation(request: Request): boolean {
  return request.headers.get("sec-fetch-mode") === "navigate";
}

/** The form's fields, or a clear 400 for a body that is not a form. */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    throw new AppError("invalid_input", "Send the fields as a form (application/x-www-form-urlencoded).");
  }
  try {
    return await request.formData();
  } catch (error) {
    throw new AppError("invalid_input", "The form could not be read.", { cause: error });
  }
}

/** A form field as a string, or "" when it is absent or a file. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
