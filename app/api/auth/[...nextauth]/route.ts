import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { knownDeviceMark, recordingSignIn } from "@/lib/auth/known-device";
import { withValidCallbackUrl } from "@/lib/auth/with-valid-callback-url";
import { withoutSessionCookie } from "@/lib/auth/without-session-cookie";
import { toResponse } from "@/lib/http/to-response";
import { withBoundedBody } from "@/lib/http/with-bounded-body";

type Handler = (request: NextRequest) => Promise<Response>;

// A sign-in callback (email link, OAuth, OIDC) starts signed out: otherwise Auth.js links the
// account it returns with to the session's user, account linking Parley doesn't offer, and a
// way back in for a session ended by a password change. When it signs someone in, the
// browser is marked as one that knows the account (known-device.ts).
const callbacks = (handler: Handler): Handler => async (original) => {
  const request = withValidCallbackUrl(original);
  if (!request.nextUrl.pathname.includes("/callback/")) return handler(request);
  const { result: response, signedInUserId } = await recordingSignIn(() => handler(withoutSessionCookie(request)));
  const mark = signedInUserId ? await knownDeviceMark(signedInUserId, request.headers.get("x-forwarded-proto") === "https") : null;
  if (!mark) return response;
  const marked = new NextResponse(response.body, response);
  marked.cookies.set(mark.name, mark.value, mark.options);
  return marked;
};

export const GET = callbacks(handlers.GET);

// Auth.js reads whole form bodies; its forms are a few hundred bytes, so more is refused unread.
const AUTH_BODY_LIMIT = 16 * 1024;
const bounded = (handler: Handler): Handler => async (request) => {
  const read = await withBoundedBody(request, AUTH_BODY_LIMIT).catch((error: unknown) => toResponse(error));
  return read instanceof NextRequest ? handler(read) : read;
};

// Parley's forms ask for email links through server actions, which count them first
// (countEmailLink); Auth.js's own endpoint for it would skip that, so it is closed.
export const POST = bounded(
  callbacks((request) =>
    request.nextUrl.pathname.endsWith("/signin/nodemailer") ? Promise.resolve(new Response("Not found", { status: 404 })) : handlers.POST(request),
  ),
);
