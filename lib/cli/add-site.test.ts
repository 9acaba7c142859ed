import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { moderationActions, moderationSettings, sites } from "@/db/schema";
import { makeCheckout, runNpmScript } from "./testing";

// The real `npm run site:add`, run as an operator would, from a checkout whose .env.local names
// the embedded database while an app (this test process) holds that database and serves it.

const { work, checkout, pgliteDir } = makeCheckout("parley-site-add-");

beforeAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = pgliteDir;
  await migrateDatabase();
}, 120_000);

afterAll(async () => {
  await closeDb();
  rmSync(work, { recursive: true, force: true });
});

const siteAdd = (...args: string[]) => runNpmScript(checkout, "site:add", args);

it("adds a site to the embedded database the app holds and prints its id and secret as JSON", async () => {
  const result = await siteAdd("--name", "Harbour Times", "--origin", "https://Harbour.example/", "--origin", "http://127.0.0.1:4000");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const printed = JSON.parse(result.stdout) as unknown;
  expect(printed).toEqual({ id: expect.stringMatching(/^[a-z0-9]{20}$/), ssoSecret: expect.stringMatching(/^pss_[A-Za-z0-9_-]{43}$/) });
  const { id, ssoSecret } = printed as { id: string; ssoSecret: string };

  const [site] = await getDb().select().from(sites).where(eq(sites.publicId, id));
  expect(site).toMatchObject({ name: "Harbour Times", slug: "harbour-times", allowedOrigins: ["https://harbour.example", "http://127.0.0.1:4000"], ssoSecret, signIn: "sso_and_parley" });
  const [rules] = await getDb().select({ premoderation: moderationSettings.premoderation }).from(moderationSettings).where(eq(moderationSettings.siteId, site!.id));
  expect(rules).toEqual({ premoderation: false });
  const audit = await getDb().select({ kind: moderationActions.kind, actorId: moderationActions.actorId, rule: moderationActions.rule }).from(moderationActions).where(eq(moderationActions.siteId, site!.id));
  expect(audit).toEqual([{ kind: "update_settings", actorId: null, rule: "command line" }]);
}, 120_000);

it.each([
  [["--origin", "https://no-name.example"], "Give the site a name."],
  [["--name", "No origin"], "List at least one origin"],
  [["--name", "Bad origin", "--origin", "https://bad.example/path"], '"https://bad.example/path" is not an origin'],
  [["--name", "Typo", "--orgin", "https://typo.example"], "Unknown option '--orgin'"],
  [["--name"], "argument missing"],
  [["Positional"], "Unexpected argument"],
])("refuses %j on stderr with exit code 2 and adds nothing", async (args, message) => {
  const before = await getDb().$count(sites);
  const result = await siteAdd(...args);
  expect(result).toMatchObject({ code: 2, stdout: "" });
  expect(result.stderr).toContain(message);
  expect(result.stderr).toContain("Usage: npm run site:add -- --name NAME --origin ORIGIN");
  expect(await getDb().$count(sites)).toBe(before);
}, 120_000);
