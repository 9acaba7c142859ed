// No "server-only", and relative imports only: proxy.ts and next.config.ts import this (the
// config's loader does not resolve "@/"). Each check answers a request that Next.js itself
// would otherwise fail on with a 500, before any route or action runs.
import { tryDecodeURIComponent } from "../text/try-decode";
import { actionBodyProblem } from "./check-action-body";
import { isOriginOfHost } from "./request-origin";

/** The largest request body any page, action or route accepts; next.config.ts holds Next to it too. */
export const MAX_REQUEST_BYTES = 256 * 1024;

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const CONTROL = /[\u0000-\u001f\u007f]/;
const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"];

const refuse = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

export async function refuseMalformedRequest(request: Request): Promise<Response | null> {
  const refusal = checkAddress(request) ?? checkBody(request) ?? checkActionOrigin(request) ?? (await checkFormBody(request));
  // A refused body within the limit is still read to its end, so the connection stays usable
  // for the client's next request instead of being reset under it.
  if (refusal && refusal.status !== 413 && refusal.status !== 411 && request.body) await request.arrayBuffer().catch(() => {});
  return refusal;
}

function checkAddress(request: Request): Response | null {
  for (const name of ["host", "x-forwarded-host"]) {
    const value = request.headers.get(name);
    if (value !== null && !value.split(",").every((h) => HOST.test(h.trim()))) {
      return refuse(400, "invalid_input", `The ${name === "host" ? "Host" : "X-Forwarded-Host"} header is not a valid host name.`);
    }
  }
  const raw = request.url.slice(request.url.indexOf("/", request.url.indexOf("//") + 2));
  const [path = "", query = ""] = raw.split(/\?(.*)/s);
  const decodedPath = tryDecodeURIComponent(path);
  if (decodedPath === null || CONTROL.test(decodedPath)) return refuse(400, "invalid_input", "The address is not valid: bad percent-encoding or a control character in the path.");
  const badPair = (pair: string) => {
    const decoded = tryDecodeURIComponent(pair.replace(/\+/g, " "));
    return decoded === null || CONTROL.test(decoded);
  };
  if (query && query.split("&").some(badPair)) {
    return refuse(400, "invalid_input", "The query string is not valid: bad percent-encoding or a control character.");
  }
  return null;
}

function checkBody(request: Request): Response | null {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  // Parley's pages, actions and API take GET and POST only. Answered here, where the body is
  // then read to its end, rather than by Next.js, which would close with the body still arriving.
  if (request.method !== "POST") return refuse(405, "method_not_allowed", "Use GET or POST.");
  const length = request.headers.get("content-length");
  if (length === null) {
    if (request.headers.has("transfer-encoding")) return refuse(411, "invalid_input", "Send a Content-Length with the request body.");
    return null;
  }
  if (!/^\d+$/.test(length)) return refuse(400, "invalid_input", "The Content-Length header is not a number.");
  if (Number(length) > MAX_REQUEST_BYTES) return refuse(413, "payload_too_large", `The request body is larger than ${MAX_REQUEST_BYTES / 1024} KB.`);
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const isPage = !new URL(request.url).pathname.startsWith("/api/");
  if (isPage && Number(length) > 0 && !FORM_TYPES.includes(type)) {
    return refuse(415, "invalid_input", "Pages accept form posts only (multipart/form-data, application/x-www-form-urlencoded or text/plain).");
  }
  if (type === "multipart/form-data" && !/;\s*boundary=[^;]+/i.test(request.headers.get("content-type")!)) {
    return refuse(400, "invalid_input", "A multipart body needs a boundary.");
  }
  return null;
}

// Next.js compares a server action's Origin with the host itself, but a malformed or foreign
// one makes it throw (a 500). Refused here with a 403, as Next.js means to.
function checkActionOrigin(request: Request): Response | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const origin = request.headers.get("origin");
  if (origin === null || !isOriginOfHost(origin, request)) return refuse(403, "forbidden", "Cross-site requests are not allowed.");
  return null;
}

// Next.js parses a form post to a page, and decodes an action's arguments, before any action
// runs, and a broken one is a 500 there. The body is small (MAX_REQUEST_BYTES), so it is read
// once more here to tell.
async function checkFormBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return null;
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const actionId = request.headers.get("next-action");
  let body: { text: string } | { form: FormData };
  try {
    if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") body = { form: await request.clone().formData() };
    else if (actionId !== null) body = { text: await request.clone().text() };
    else return null;
  } catch {
    return refuse(400, "invalid_input", "The form body could not be read.");
  }
  const problem = actionBodyProblem(actionId, body);
  return problem ? refuse(400, "invalid_input", problem) : null;
}
