import { randomBytes, randomUUID } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedUser } from "@/db/testing/factories";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createAdapter } from "./adapter";
import { authorizeCredentials } from "./authorize-credentials";
import { hashPassword } from "./password";
import { hashVerificationToken } from "./pending-password";
import { sendSignInLink } from "./send-sign-in-link";
import { signUp } from "./sign-up";
import { signUpConfirmedPath } from "./sign-up-link";

const outbox = vi.hoisted(() => {
  process.env.AUTH_SECRET = "a test secret of at least sixteen characters";
  process.env.OUTBOX_DIR = `${process.env.TMPDIR ?? "/tmp"}/parley-sign-up-test-${process.pid}`;
  delete process.env.SMTP_URL;
  return process.env.OUTBOX_DIR;
});

afterAll(() => rm(outbox, { recursive: true, force: true }));

const PASSWORD = "correct horse battery";
const ORIGIN = "http://localhost:3000";
const uniqueEmail = () => `signup-${randomUUID().slice(0, 8)}@example.test`;
const uniqueIp = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
const newToken = () => randomBytes(32).toString("hex");

/** The link Auth.js mails: its callback with the token, and the page to land on. */
function emailLink(email: string, token: string, callbackPath: string): string {
  return `${ORIGIN}/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: `${ORIGIN}${callbackPath}`, token, email })}`;
}

/** What Auth.js does when a link is requested: mail it and store its token. */
async function requestLink(email: string, callbackPath: string): Promise<string> {
  const token = newToken();
  const expires = new Date(Date.now() + 30 * 60_000);
  await sendSignInLink({ identifier: email, url: emailLink(email, token, callbackPath), token, expires });
  await createAdapter().createVerificationToken!({ identifier: email, token: hashVerificationToken(token), expires });
  return token;
}

/** What Auth.js does when a link is opened: use the token, then mark the address confirmed. */
async function openLink(email: string, token: string): Promise<void> {
  const adapter = createAdapter();
  const used = await adapter.useVerificationToken!({ identifier: email, token: hashVerificationToken(token) });
  expect(used).not.toBeNull();
  const user = await adapter.getUserByEmail!(email);
  await adapter.updateUser!({ id: user!.id, emailVerified: new Date() });
}

async function userRow(email: string) {
  const [row] = await getDb().select().from(users).where(eq(users.email, email));
  return row;
}

async function newestMessageTo(email: string): Promise<string> {
  const files = (await readdir(outbox)).filter((f) => f.endsWith(`-${email}.txt`)).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return readFile(path.join(outbox, files.at(-1)!), "utf8");
}

describe("signing up with a password", () => {
  it("creates an account whose password works only after the link mailed with it is opened", async () => {
    const email = uniqueEmail();
    expect(await signUp({ name: "New Reader", email, password: PASSWORD }, uniqueIp())).toEqual({ email });
    const token = await requestLink(email, signUpConfirmedPath("/articles/x#comments"));
    expect(await newestMessageTo(email)).toContain("Subject: Confirm your email for Parley");

    await expect(authorizeCredentials({ email, password: PASSWORD }, uniqueIp())).rejects.toThrow(/Confirm your email first/);

    await openLink(email, token);
    const signedIn = await authorizeCredentials({ email, password: PASSWORD }, uniqueIp());
    expect(signedIn).toMatchObject({ email, name: "New Reader" });
    expect((await userRow(email))!.signUpTokenHash).toBeNull();
  });

  it("drops a password someone else set when the address's owner signs in with their own link", async () => {
    const victim = uniqueEmail();
    await signUp({ name: "Squatter", email: victim, password: PASSWORD }, uniqueIp());
    await requestLink(victim, signUpConfirmedPath("/")); // lands in the victim's inbox, unopened

    const ownLink = await requestLink(victim, "/articles/x");
    expect(await newestMessageTo(victim)).toContain("Subject: Your sign-in link for Parley");
    await openLink(victim, ownLink);

    const row = await userRow(victim);
    expect(row!.emailVerified).not.toBeNull();
    expect(row!.passwordHash).toBeNull();
    expect(await authorizeCredentials({ email: victim, password: PASSWORD }, uniqueIp())).toBeNull();
  });

  it("keeps only the latest sign-up's password, confirmed by the latest link", async () => {
    const email = uniqueEmail();
    await signUp({ name: "First Try", email, password: PASSWORD }, uniqueIp());
    const first = await requestLink(email, signUpConfirmedPath("/"));
    await signUp({ name: "Second Try", email, password: "another good password" }, uniqueIp());
    await requestLink(email, signUpConfirmedPath("/"));

    await openLink(email, first);
    expect((await userRow(email))!.passwordHash).toBeNull();
  });

  it("leaves a confirmed account untouched and answers as for a new one, mailing its owner a sign-in link", async () => {
    const owner = await seedUser({ name: "Owner", passwordHash: await hashPassword("the owner's password") });
    await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, owner.id));
    const before = await userRow(owner.email!);

    expect(await signUp({ name: "Intruder", email: owner.email, password: PASSWORD }, uniqueIp())).toEqual({ email: owner.email });
    const token = await requestLink(owner.email!, signUpConfirmedPath("/"));
    expect(await newestMessageTo(owner.email!)).toContain("it already has one");
    await openLink(owner.email!, token);

    const after = await userRow(owner.email!);
    expect(after!.name).toBe("Owner");
    expect(after!.passwordHash).toBe(before!.passwordHash);
    expect(await authorizeCredentials({ email: owner.email, password: "the owner's password" }, uniqueIp())).toMatchObject({ id: owner.id });
  });

  it("refuses invalid input with the field's reason and stores nothing", async () => {
    const email = uniqueEmail();
    const refused = await signUp({ name: "Shorty", email, password: "abc12" }, uniqueIp()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors).toMatchObject({ password: ["Use at least 10 characters for your password."] });
    expect(await userRow(email)).toBeUndefined();
  });

  it("mails at most five links an hour to one address", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) await requestLink(email, "/");
    await expect(requestLink(email, "/")).rejects.toMatchObject({ code: "rate_limited" });
    expect((await readdir(outbox)).filter((f) => f.endsWith(`-${email}.txt`))).toHaveLength(5);
  });
});
