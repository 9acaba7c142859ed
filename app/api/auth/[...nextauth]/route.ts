import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withoutSessionCookie } from "@/lib/auth/without-session-cookie";

// A sign-in callback starts signed out. Otherwise Auth.js links the provider account it
// returns with to the session's user: account linking, which Parley doesn't offer, and
// which a session ended by a password change could still use to plant a way back in.
const signedOutCallbacks = (handler: (request: NextRequest) => Promise<Response>) => (request: NextRequest) =>
  handler(request.nextUrl.pathname.includes("/callback/") ? withoutSessionCookie(request) : request);

export const GET = signedOutCallbacks(handlers.GET);

// Parley's forms ask for email links through server actions, which count them first
// (countEmailLink); Auth.js's own endpoint for it would skip that, so it is closed.
export const POST = signedOutCallbacks((request) =>
  request.nextUrl.pathname.endsWith("/signin/nodemailer") ? Promise.resolve(new Response("Not found", { status: 404 })) : handlers.POST(request),
);
