import { type NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { EMBED_ERRORS, type EmbedError } from "@/lib/embed/embed-request";
import { signOutOfEmbed } from "@/lib/embed/embed-sign-out";
import { getThreadEmbedPath } from "@/lib/embed/get-thread-embed-path";
import { requireOwnFormOrigin } from "@/lib/embed/require-own-form-origin";
import { returnUrl } from "@/lib/embed/return-url";
import { type ActionOutcome, EMBED_ACTIONS, type EmbedAction, runEmbedAction } from "@/lib/embed/run-embed-action";
import { isAppError } from "@/lib/errors";
import { getClientIp } from "@/lib/http/client-ip";
import { MAX_REQUEST_BYTES } from "@/lib/http/refuse-malformed-request";
import { withBoundedBody } from "@/lib/http/with-bounded-body";
import { toUnavailableError } from "@/lib/unavailable";
import { readActionForm } from "./read-action-form";

const OWN = "http://parley.invalid";

/**
 * The iframe's plain forms (contract: E). Every answer to a readable form from our own page is a
 * 303 back to the thread with a result code, so the same form works with and without script.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ action: string }> }): Promise<Response> {
  const { action } = await params;
  if (!EMBED_ACTIONS.includes(action as EmbedAction)) return plain(404, "No such action.");
  let form: FormData;
  try {
    requireOwnFormOrigin(request);
    form = await readActionForm(await withBoundedBody(request, MAX_REQUEST_BYTES));
  } catch (error) {
    if (isAppError(error)) return plain(error.status, error.message);
    throw error;
  }
  const cookies: string[] = [];
  let outcome: ActionOutcome | { error: EmbedError; commentId?: undefined; focus?: undefined };
  try {
    if (action === "sign-out") {
      cookies.push((await signOutOfEmbed()).setCookie);
      outcome = { notice: "signed_out" };
    } else {
      outcome = await runEmbedAction(action as Exclude<EmbedAction, "sign-out">, await getViewer(), form, await getClientIp());
    }
  } catch (thrown) {
    const error = toUnavailableError(thrown);
    if (!isAppError(error)) throw error;
    outcome = { error: EMBED_ERRORS.includes(error.code as EmbedError) ? (error.code as EmbedError) : "invalid_input" };
  }
  const location = returnUrl(form.get("return"), OWN, outcome) ?? returnUrl(await getThreadEmbedPath(form), OWN, outcome);
  if (!location) return plain(400, "This form does not say which discussion it belongs to.");
  const headers = new Headers({ Location: location, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
