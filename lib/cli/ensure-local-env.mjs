// Gives a fresh clone what Auth.js needs to start: a random AUTH_SECRET and
// AUTH_TRUST_HOST, written once to .env.local (which git ignores). Never overwrites.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";

const file = ".env.local";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
const missing = [];
if (!/^AUTH_SECRET=/m.test(current) && !process.env.AUTH_SECRET) {
  missing.push(`AUTH_SECRET=${randomBytes(32).toString("base64url")}`);
}
if (!/^AUTH_TRUST_HOST=/m.test(current) && !process.env.AUTH_TRUST_HOST) {
  missing.push("AUTH_TRUST_HOST=true");
}
if (missing.length > 0) {
  const prefix = current && !current.endsWith("\n") ? "\n" : "";
  appendFileSync(file, `${prefix}# Written by npm run dev/start on first run.\n${missing.join("\n")}\n`);
  console.log(`[parley] wrote ${missing.map((l) => l.split("=")[0]).join(", ")} to ${file}`);
}
