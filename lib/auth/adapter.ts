import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { getDb } from "@/db/client";
import { accounts, authenticators, sessions, users, verificationTokens } from "@/db/schema";
import { bindPendingPassword, settlePendingPassword } from "./pending-password";
import { currentSignUp } from "./sign-up-context";

/** Auth.js's Drizzle adapter over Parley's tables, settling sign-up passwords as links are used. */
export function createAdapter(): Adapter {
  const adapter = DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
    authenticatorsTable: authenticators,
  });
  return {
    ...adapter,
    // Auth.js looks up a sign-in's current session user only to link the new login to it.
    // Parley offers no account linking, and an ended (or stolen) session must not plant
    // a way back in: every sign-in is as if signed out. (Also used by WebAuthn, which is off.)
    getUser: async () => null,
    // A link made by a sign-up (told by the server-side context, never by the request) confirms its password.
    async createVerificationToken(token) {
      const created = await adapter.createVerificationToken!(token);
      const pendingPasswordHash = currentSignUp(token.identifier)?.pendingPasswordHash;
      if (pendingPasswordHash) await bindPendingPassword(token.identifier, pendingPasswordHash, token.token);
      return created;
    },
    // An email link is about to confirm its address: settle a password that waits on it first.
    async useVerificationToken(params) {
      const used = await adapter.useVerificationToken!(params);
      if (used) await settlePendingPassword(used.identifier, params.token);
      return used;
    },
  };
}
