import { asc } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { moderationSettings } from "@/db/schema";
import { seedSite } from "@/db/testing/factories";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/db/testing/test-database";
import { auditRows, seedModerator } from "./testing";
import { updateModerationSettings } from "./update-moderation-settings";

// "Every site" means every site in the database: this file has a database of its own, so
// the rules it writes never reach the sites other test files are using at the same time.
const name = uniqueDatabaseName("parley_every_site");

beforeAll(async () => {
  await closeDb();
  process.env.DATABASE_URL = await createDatabase(name);
  await migrateDatabase();
});

afterAll(async () => {
  await closeDb();
  await dropDatabase(name);
});

it("saves the same rules for every site in one go, one audit row per site", async () => {
  const sites = [await seedSite(), await seedSite(), await seedSite()];
  const moderator = await seedModerator();
  const now = new Date("2090-05-01T00:00:00Z");
  const form = { premoderation: "on", bannedWords: "spam", suspectWords: "", maxLinks: "2", newAccountHoldCount: "1", reportHideThreshold: "" };
  await updateModerationSettings(moderator, "every site", form, now);

  const rows = await getDb().select().from(moderationSettings).orderBy(asc(moderationSettings.siteId));
  const expected = { premoderation: true, bannedWords: ["spam"], suspectWords: [], maxLinks: 2, newAccountHoldCount: 1, reportHideThreshold: null, updatedAt: now };
  expect(rows).toEqual(sites.map((s) => ({ siteId: s.id, ...expected })));
  for (const site of sites) {
    expect((await auditRows({ siteId: site.id })).map((a) => [a.kind, a.actorId, a.reason])).toEqual([
      ["update_settings", moderator.id, "pre-moderation on, 1 banned words, 0 suspect words, max links 2, new accounts held for 1, hidden at off reports (applied to every site)"],
    ]);
  }
});

it("saves nothing anywhere when a field is wrong", async () => {
  const before = await getDb().select().from(moderationSettings);
  const moderator = await seedModerator();
  await expect(updateModerationSettings(moderator, "every site", { premoderation: "", bannedWords: "", suspectWords: "", maxLinks: "-1", newAccountHoldCount: "", reportHideThreshold: "" })).rejects.toThrow();
  expect(await getDb().select().from(moderationSettings)).toEqual(before);
});
