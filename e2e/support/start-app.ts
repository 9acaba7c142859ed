import { spawn } from "node:child_process";
import path from "node:path";
import { createDatabase } from "../../db/testing/test-database";

// Serves the built app (`next build` runs first, see package.json) on a fresh Postgres
// database; the app migrates and seeds it at start-up, as a new install would.
const name = process.env.E2E_DATABASE_NAME;
if (!name) throw new Error("E2E_DATABASE_NAME is not set; run through `playwright test`.");
const databaseUrl = await createDatabase(name);

const app = spawn(path.join("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", process.env.E2E_PORT || "3100"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => app.kill(signal));
}
app.on("exit", (code) => process.exit(code ?? 0));
