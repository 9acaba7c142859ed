import { execFileSync } from "node:child_process";
import { databaseUrlFor } from "../../db/testing/test-database";
import { E2E_AUTH_SECRET } from "./auth-secret";

/** The embed's partitioned session cookie for this user on this site, as a Cookie header pair. */
export function embedSessionCookie(userId: string, siteId: number): string {
  const out = execFileSync("node", ["--conditions=react-server", "--import", "tsx", "e2e/support/embed-session-cli.ts", JSON.stringify({ userId, siteId })], {
    env: { ...process.env, DATABASE_URL: databaseUrlFor(process.env.E2E_DATABASE_NAME!), AUTH_SECRET: E2E_AUTH_SECRET },
    encoding: "utf8",
  });
  return JSON.parse(out) as string;
}
