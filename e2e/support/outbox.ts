import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";

/** The link in the newest message to `email` in the app's outbox (OUTBOX_DIR, set per run). */
export async function newestLinkFor(email: string): Promise<string> {
  const dir = process.env.E2E_OUTBOX_DIR;
  if (!dir) throw new Error("E2E_OUTBOX_DIR is not set; run through `playwright test`.");
  let link = "";
  await expect
    .poll(
      async () => {
        const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(`-${email}.txt`));
        const newest = files.sort((a, b) => parseInt(a, 10) - parseInt(b, 10)).at(-1);
        if (!newest) return "";
        link = (await readFile(path.join(dir, newest), "utf8")).match(/^https?:\/\/\S+$/m)?.[0] ?? "";
        return link;
      },
      { message: `an email link for ${email} in ${dir}` },
    )
    .toContain("/api/auth/callback/nodemailer");
  return link;
}
