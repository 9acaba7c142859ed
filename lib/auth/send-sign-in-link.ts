import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import { outboxFileName } from "@/lib/dev-outbox/outbox-files";
import { env } from "@/lib/env";
import { requireLinkOnSite } from "./require-link-on-site";
import { currentSignUp } from "./sign-up-context";

type SignInLink = { identifier: string; url: string; expires: Date };
type LinkKind = "confirms-password" | "signs-in-existing-account" | "signs-in";

/**
 * Sends a magic sign-in link, or a sign-up's confirmation link. With SMTP configured it
 * is mailed; without (the quick start), it is written to the server log and to a file in
 * OUTBOX_DIR, so sign-in works offline.
 */
export async function sendSignInLink({ identifier, url, expires }: SignInLink): Promise<void> {
  requireLinkOnSite(url, env());
  // Counted by the forms that ask for links, before Auth.js stores a token (countEmailLink);
  // the auth route refuses link requests made any other way.
  const signUp = currentSignUp(identifier);
  const kind: LinkKind = !signUp ? "signs-in" : signUp.pendingPasswordHash ? "confirms-password" : "signs-in-existing-account";
  const { subject, text } = composeEmail(kind, url, expires);
  const { SMTP_URL, EMAIL_FROM, OUTBOX_DIR } = env();
  if (SMTP_URL) {
    await createTransport(SMTP_URL).sendMail({ to: identifier, from: EMAIL_FROM, subject, text });
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ OUTBOX_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, outboxFileName(identifier, Date.now()));
  await writeFile(file, `To: ${identifier}\nSubject: ${subject}\n\n${text}`, { mode: 0o600 });
  console.log(`[parley] "${subject}" for ${identifier}: ${url} (also in ${file})`);
}

function composeEmail(kind: LinkKind, url: string, expires: Date): { subject: string; text: string } {
  const footer = `It works once and expires at ${expires.toISOString()}.`;
  switch (kind) {
    case "confirms-password":
      return {
        subject: "Confirm your email for Parley",
        text: `Someone, hopefully you, created a Parley account with this address. Open this link to confirm it and sign in:\n\n${url}\n\n${footer}\nIf it wasn't you, ignore this email: the account cannot be used without this link.\n`,
      };
    case "signs-in-existing-account":
      return {
        subject: "Your sign-in link for Parley",
        text: `Someone, hopefully you, tried to create a Parley account with this address, but it already has one. Open this link to sign in to it:\n\n${url}\n\n${footer}\nNothing about your account was changed. If it wasn't you, ignore this email.\n`,
      };
    case "signs-in":
      return {
        subject: "Your sign-in link for Parley",
        text: `Sign in to Parley by opening this link:\n\n${url}\n\n${footer}\nIf you did not ask for it, ignore this email.\n`,
      };
  }
}
