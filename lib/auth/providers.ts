import "server-only";
import type { Provider } from "next-auth/providers";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/http/client-ip";
import { authorizeCredentials } from "./authorize-credentials";
import { sendSignInLink } from "./send-sign-in-link";

class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

class EmailNotConfirmed extends CredentialsSignin {
  code = "email_unconfirmed";
}

export type SignInProvider = { id: string; name: string };

/** The OAuth / OpenID Connect providers switched on by the environment, for the sign-in page. */
export function listOAuthProviders(): SignInProvider[] {
  const e = env();
  const list: SignInProvider[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID) list.push({ id: "oidc", name: e.AUTH_OIDC_NAME });
  return list;
}

export function buildProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const ip = clientIpFrom(request.headers);
        try {
          return await authorizeCredentials(credentials, ip, new Date(), request.headers.get("cookie"));
        } catch (error) {
          if (isAppError(error) && error.code === "rate_limited") throw new TooManyAttempts();
          if (isAppError(error) && error.code === "forbidden") throw new EmailNotConfirmed();
          throw error;
        }
      },
    }),
    Nodemailer({
      // Unused when SMTP_URL is unset: sendSignInLink writes to the outbox instead.
      server: e.SMTP_URL || "smtp://localhost:25",
      from: e.EMAIL_FROM,
      maxAge: 30 * 60,
      sendVerificationRequest: sendSignInLink,
    }),
  ];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    providers.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  }
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID) {
    providers.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
    });
  }
  return providers;
}
