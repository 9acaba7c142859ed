import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { accountLink, ownClientIp, uniqueTag } from "../support/sign-in";

test.use(ownClientIp);

/** The link in the newest message to `email` in the app's outbox (OUTBOX_DIR, set per run). */
async function newestLinkFor(email: string): Promise<string> {
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
      { message: `a sign-in link for ${email} in ${dir}` },
    )
    .toContain("/api/auth/callback/nodemailer");
  return link;
}

test("[auth] a sign-in link from the outbox signs a new reader in, who then picks a display name", async ({ page }) => {
  const email = `link-${uniqueTag()}@example.test`;
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "With a link by email" });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

  await page.goto(await newestLinkFor(email));
  // A reader who signed up by link has no display name yet.
  await expect(accountLink(page, /^Reader [0-9a-f]{6}$/)).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("main")).toContainText(email);
  const nameForm = page.getByRole("form", { name: "Display name" });
  const name = `Linked ${uniqueTag()}`;
  await nameForm.getByLabel("Display name").fill(name);
  await nameForm.getByRole("button", { name: "Save" }).click();
  await expect(nameForm.getByText("Your display name is saved.")).toBeVisible();
  await expect(accountLink(page, name)).toBeVisible();
});
