import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import { env } from "@/lib/env";

type SignInLink = { identifier: string; url: string; expires: Date };

/**
 * Sends a magic sign-in link. With SMTP configured it is mailed; without (the quick
 * start), it is written to the server log and to a file in OUTBOX_DIR, so sign-in
 * works offline.
 */
export async function sendSignInLink({ identifier, url, expires }: SignInLink): Promise<void> {
  const { SMTP_URL, EMAIL_FROM, OUTBOX_DIR } = env();
  const subject = "Your sign-in link for Parley";
  const text = `Sign in to Parley by opening this link:\n\n${url}\n\nIt works once and expires at ${expires.toISOString()}.\nIf you did not ask for it, ignore this email.\n`;
  if (SMTP_URL) {
    await createTransport(SMTP_URL).sendMail({ to: identifier, from: EMAIL_FROM, subject, text });
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ OUTBOX_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${identifier.replace(/[^a-z0-9@._-]/gi, "_")}.txt`);
  await writeFile(file, `To: ${identifier}\nSubject: ${subject}\n\n${text}`, { mode: 0o600 });
  console.log(`[parley] sign-in link for ${identifier}: ${url} (also in ${file})`);
}
