import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { getDb } from "@/db/client";
import { accounts, authenticators, sessions, users, verificationTokens } from "@/db/schema";
import { settlePendingPassword } from "./pending-password";

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
    // An email link is about to confirm its address: settle a password that waits on it first.
    async useVerificationToken(params) {
      const used = await adapter.useVerificationToken!(params);
      if (used) await settlePendingPassword(used.identifier, params.token);
      return used;
    },
  };
}
