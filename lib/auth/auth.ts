import "server-only";
import { randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import { env } from "@/lib/env";
import { createAdapter } from "./adapter";
import { recordSignIn } from "./known-device";
import { buildProviders } from "./providers";
import { keepUnlessEnded } from "./keep-unless-ended";
import { endSession } from "./session-validity";
import "./session-claims";

// Lazy config: the database opens on the first auth request, not at import (or build) time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: createAdapter(),
  // Credentials sign-in needs JWT sessions; role and ban are re-read on every request (see viewer.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  secret: env().AUTH_SECRET,
  // Auth.js reads AUTH_TRUST_HOST as "set or not", so "false" would trust the host: pass the parsed value.
  trustHost: env().AUTH_TRUST_HOST,
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: buildProviders(),
  events: {
    // Signing out ends the session on the server too, so a copied cookie dies with it.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub || typeof token.sessionId !== "string" || typeof token.exp !== "number") return;
      await endSession({ userId: token.sub, sessionId: token.sessionId, expiresAt: new Date(token.exp * 1000) });
    },
  },
  callbacks: {
    // `user` and `account` are set only on sign-in: stamp the token with when and how.
    async jwt({ token, user, account }) {
      if (user) {
        token.signedInAt = Date.now();
        token.sessionId = randomUUID();
        token.signInMethod = account?.provider;
        if (user.id) recordSignIn(user.id);
        return token;
      }
      return keepUnlessEnded(token);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.signedInAt === "number") session.signedInAt = token.signedInAt;
      if (typeof token.signInMethod === "string") session.signInMethod = token.signInMethod;
      return session;
    },
  },
}));
