import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedUser } from "@/db/testing/factories";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createAdapter } from "./adapter";
import { authorizeCredentials } from "./authorize-credentials";
import { countEmailLink, sweepExpiredLinkTokens } from "./email-link-limits";
import { hashPassword } from "./password";
import { sendSignInLink } from "./send-sign-in-link";
import { signUp } from "./sign-up";
import { type SignUpRequest, withSignUp } from "./sign-up-context";

const outbox = vi.hoisted(() => {
  process.env.OUTBOX_DIR = `${process.env.TMPDIR ?? "/tmp"}/parley-sign-up-test-${process.pid}`;
  delete process.env.SMTP_URL;
  return process.env.OUTBOX_DIR;
});
afterAll(() => rm(outbox, { recursive: true, force: true }));

const PASSWORD = "correct horse battery";
const uniqueEmail = () => `signup-${randomUUID().slice(0, 8)}@example.test`;
const uniqueIp = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
// Auth.js stores a hash of the token; any hash will do here, as long as opening uses the same.
const stored = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * What the sign-in form and Auth.js do when a link is asked for: count it, then mail it and
 * store its token at once. Inside `signUpRequest` when a sign-up asks (it counted already).
 */
async function requestLink(email: string, { signUpRequest, ip = uniqueIp() }: { signUpRequest?: SignUpRequest; ip?: string } = {}) {
  if (!signUpRequest) await countEmailLink(email, ip, new Date());
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + 30 * 60_000);
  const url = `http://localhost:3000/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: "http://localhost:3000/", token, email })}`;
  const send = () =>
    Promise.all([
      sendSignInLink({ identifier: email, url, expires }),
      createAdapter().createVerificationToken!({ identifier: email, token: stored(token), expires }),
    ]);
  await (signUpRequest ? withSignUp(signUpRequest, send) : send());
  return token;
}

/** Signs up and asks for the link, as the sign-up form does; returns the link's token. */
async function signUpAndMail(input: { name: string; email: string; password: string }) {
  const signUpRequest = await signUp(input, uniqueIp());
  return requestLink(input.email, { signUpRequest });
}

/** What Auth.js does when a link is opened: use the token, then mark the address confirmed. */
async function openLink(email: string, token: string): Promise<void> {
  const adapter = createAdapter();
  expect(await adapter.useVerificationToken!({ identifier: email, token: stored(token) })).not.toBeNull();
  const user = await adapter.getUserByEmail!(email);
  await adapter.updateUser!({ id: user!.id, emailVerified: new Date() });
}

async function userRow(email: string) {
  const [row] = await getDb().select().from(users).where(eq(users.email, email));
  return row;
}

async function newestMessageTo(email: string): Promise<string> {
  const files = (await readdir(outbox)).filter((f) => f.endsWith(`-${email}.txt`)).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return readFile(`${outbox}/${files.at(-1)!}`, "utf8");
}

const signsIn = (email: string, password: string) => authorizeCredentials({ email, password }, uniqueIp());

describe("signing up with a password", () => {
  it("creates an account whose password works only after the link mailed with it is opened", async () => {
    const email = uniqueEmail();
    const token = await signUpAndMail({ name: "New Reader", email, password: PASSWORD });
    expect(await newestMessageTo(email)).toContain("Subject: Confirm your email for Parley");

    await expect(signsIn(email, PASSWORD)).rejects.toThrow(/Confirm your email first/);

    await openLink(email, token);
    expect(await signsIn(email, PASSWORD)).toMatchObject({ email, name: "New Reader" });
    expect((await userRow(email))!.signUpTokenHash).toBeNull();
  });

  it("drops a password someone else set when the address's owner signs in with a link they asked for", async () => {
    const victim = uniqueEmail();
    await signUpAndMail({ name: "Squatter", email: victim, password: PASSWORD }); // lands in the victim's inbox, unopened

    const ownLink = await requestLink(victim);
    expect(await newestMessageTo(victim)).toContain("Subject: Your sign-in link for Parley");
    await openLink(victim, ownLink);

    const row = await userRow(victim);
    expect(row!.emailVerified).not.toBeNull();
    expect(row!.passwordHash).toBeNull();
    expect(await signsIn(victim, PASSWORD)).toBeNull();
  });

  it("ties a link only to the password its own sign-up wrote, whatever lands in between", async () => {
    const email = uniqueEmail();
    const owners = await signUp({ name: "Owner", email, password: "the owner's passphrase" }, uniqueIp());
    // A stranger's sign-up lands before the owner's link is made...
    const strangers = await signUp({ name: "Stranger", email, password: "a stranger's passphrase" }, uniqueIp());
    await requestLink(email, { signUpRequest: strangers });
    const ownersLink = await requestLink(email, { signUpRequest: owners });

    // ...so the owner's link confirms the address but neither password.
    await openLink(email, ownersLink);
    expect(await signsIn(email, "a stranger's passphrase")).toBeNull();
    expect(await signsIn(email, "the owner's passphrase")).toBeNull();
  });

  it("leaves a confirmed account untouched and answers as for a new one, mailing its owner a sign-in link", async () => {
    const owner = await seedUser({ name: "Owner", passwordHash: await hashPassword("the owner's password") });
    await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, owner.id));
    const before = await userRow(owner.email!);

    const request = await signUp({ name: "Intruder", email: owner.email, password: PASSWORD }, uniqueIp());
    expect(request).toEqual({ email: owner.email, pendingPasswordHash: null });
    const token = await requestLink(owner.email!, { signUpRequest: request });
    expect(await newestMessageTo(owner.email!)).toContain("it already has one");
    await openLink(owner.email!, token);

    const after = await userRow(owner.email!);
    expect(after).toMatchObject({ name: "Owner", passwordHash: before!.passwordHash });
    expect(await signsIn(owner.email!, "the owner's password")).toMatchObject({ id: owner.id });
  });

  it("refuses invalid input with the field's reason and stores nothing", async () => {
    const email = uniqueEmail();
    const refused = await signUp({ name: "Shorty", email, password: "abc12" }, uniqueIp()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors).toMatchObject({ password: ["Use at least 10 characters for your password."] });
    expect(await userRow(email)).toBeUndefined();
  });
});

describe("emailed links", () => {
  it("go to one address at most 3 times in 15 minutes from one IP, while its owner elsewhere still gets theirs", async () => {
    const email = uniqueEmail();
    const stranger = uniqueIp();
    for (let i = 0; i < 3; i++) await requestLink(email, { ip: stranger });
    for (let i = 0; i < 5; i++) await expect(requestLink(email, { ip: stranger })).rejects.toMatchObject({ code: "rate_limited" });
    await requestLink(email, { ip: uniqueIp() });
    expect((await readdir(outbox)).filter((f) => f.endsWith(`-${email}.txt`))).toHaveLength(4);
  });

  it("go from one IP to at most 20 addresses an hour", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) await countEmailLink(uniqueEmail(), ip, new Date());
    await expect(countEmailLink(uniqueEmail(), ip, new Date())).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("refused to a sign-up leave its account as it was", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) await requestLink(email, { ip });
    await expect(signUp({ name: "Late Comer", email, password: PASSWORD }, ip)).rejects.toMatchObject({ code: "rate_limited" });
    expect(await userRow(email)).toBeUndefined();
  });

  it("leave no token behind once expired unused", async () => {
    const email = uniqueEmail();
    await createAdapter().createVerificationToken!({ identifier: email, token: stored("old"), expires: new Date(Date.now() - 60_000) });
    await createAdapter().createVerificationToken!({ identifier: email, token: stored("fresh"), expires: new Date(Date.now() + 60_000) });
    expect(await sweepExpiredLinkTokens(new Date())).toBeGreaterThanOrEqual(1);
    expect(await createAdapter().useVerificationToken!({ identifier: email, token: stored("old") })).toBeNull();
    expect(await createAdapter().useVerificationToken!({ identifier: email, token: stored("fresh") })).not.toBeNull();
  });
});
