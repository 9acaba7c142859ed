import "server-only";
import NextAuth from "next-auth";
import { env } from "@/lib/env";
import { createAdapter } from "./adapter";
import { buildProviders } from "./providers";
import "./session-claims";

// Lazy config: the database opens on the first auth request, not at import (or build) time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: createAdapter(),
  // Credentials sign-in needs JWT sessions; role and ban are re-read on every request (see viewer.ts).
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  secret: env().AUTH_SECRET,
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: buildProviders(),
  callbacks: {
    // `user` and `account` are set only on sign-in: stamp the token with when and how.
    jwt({ token, user, account }) {
      if (user) {
        token.signedInAt = Date.now();
        token.signInMethod = account?.provider;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.signedInAt === "number") session.signedInAt = token.signedInAt;
      if (typeof token.signInMethod === "string") session.signInMethod = token.signInMethod;
      return session;
    },
  },
}));
