import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");

/** A checkout of this project with its own .env.local naming an embedded database (and no developer's .env). */
export function makeCheckout(prefix: string) {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const checkout = path.join(work, "checkout");
  const pgliteDir = path.join(work, "pglite");
  mkdirSync(checkout);
  for (const entry of readdirSync(root)) {
    if (!entry.startsWith(".env") && entry !== ".data" && entry !== ".next") symlinkSync(path.join(root, entry), path.join(checkout, entry));
  }
  writeFileSync(path.join(checkout, ".env.local"), `PGLITE_DIR=${pgliteDir}\nADMIN_EMAILS=\n`);
  return { work, checkout, pgliteDir };
}

/** `npm run <script> -- args` in the checkout, as an operator runs it: only .env.local says where the database is. */
export async function runNpmScript(checkout: string, script: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "PGLITE_DIR", "NODE_ENV", "ADMIN_EMAILS"]) delete env[name];
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", script, "--", ...args], { cwd: checkout, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
