import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moderationSettings, sites } from "@/db/schema";
import { expectAppError } from "@/lib/comments/testing";
import { auditRows, seedAdmin, seedModerator } from "@/lib/moderation/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { createSite } from "./create-site";
import { getSiteByPublicId } from "./get-site";
import { listSites } from "./list-sites";
import { rotateSsoSecret } from "./rotate-sso-secret";
import { updateSite } from "./update-site";

const NOW = new Date("2090-03-01T12:00:00Z");
const SECRET = /^pss_[A-Za-z0-9_-]{43}$/;

async function siteRow(id: number) {
  const [row] = await getDb().select().from(sites).where(eq(sites.id, id));
  return row!;
}

describe("createSite", () => {
  it("stores the normalized origins, a unique slug and a secret, publishes at once, and audits it", async () => {
    const admin = await seedAdmin();
    const name = `Harbour Times ${crypto.randomUUID().slice(0, 6)}`;
    const created = await createSite(admin, { name, origins: "https://Harbour.example/\nhttp://localhost:4000\nhttps://harbour.example" }, NOW);
    expect(created.ssoSecret).toMatch(SECRET);
    expect(created.publicId).toMatch(/^[a-z0-9]{20}$/);
    expect(created.slug).toBe(name.toLowerCase().replaceAll(" ", "-"));
    const row = await siteRow(created.id);
    expect(row).toMatchObject({ name, allowedOrigins: ["https://harbour.example", "http://localhost:4000"], ssoSecret: created.ssoSecret, signIn: "sso_and_parley", closeAfterDays: null });
    const [rules] = await getDb().select().from(moderationSettings).where(eq(moderationSettings.siteId, created.id));
    expect(rules?.premoderation).toBe(false);
    const audit = await auditRows({ siteId: created.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ kind: "update_settings", actorId: admin.id });
    expect(audit[0]!.reason).not.toContain(created.ssoSecret);

    const twin = await createSite(admin, { name, origins: ["https://other.example"] }, NOW);
    expect(twin.slug).toBe(`${created.slug}-2`);
    expect(twin.ssoSecret).not.toBe(created.ssoSecret);
  });

  it("reports every field's problem at once", async () => {
    const error = await expectAppError(createSite(await seedAdmin(), { name: "  ", origins: "https://ok.example\nhttps://*.example.com\nftp://x" }, NOW), "invalid_input");
    expect(error.fieldErrors?.name).toEqual(["Give the site a name."]);
    expect(error.fieldErrors?.origins).toHaveLength(2);
    expect(error.fieldErrors?.origins?.[0]).toContain('"https://*.example.com" is not an origin');
    const none = await expectAppError(createSite(await seedAdmin(), { name: "No origins", origins: "\n  \n" }, NOW), "invalid_input");
    expect(none.fieldErrors?.origins).toEqual(["List at least one origin the site's pages are served from."]);
  });

  it("is for admins only", async () => {
    const input = { name: "Sneaky", origins: "https://sneaky.example" };
    await expectAppError(createSite(null, input, NOW), "unauthorized");
    await expectAppError(createSite(await seedViewer(), input, NOW), "forbidden");
    await expectAppError(createSite(await seedModerator(), input, NOW), "forbidden");
    expect(await getDb().select({ id: sites.id }).from(sites).where(eq(sites.name, "Sneaky"))).toEqual([]);
  });
});

describe("updateSite", () => {
  async function seedCreated() {
    const admin = await seedAdmin();
    const site = await createSite(admin, { name: `Update me ${crypto.randomUUID().slice(0, 6)}`, origins: "https://before.example" }, NOW);
    return { admin, site };
  }
  const change = (site: string) => ({ site, name: "Renamed", origins: "https://after.example\r\nhttp://127.0.0.1:4100", signIn: "sso_only", premoderation: "on", closeAfterDays: "30" });

  it("changes name, origins, sign-in, pre-moderation and closing, and audits the new values", async () => {
    const { admin, site } = await seedCreated();
    await updateSite(admin, change(site.publicId), NOW);
    expect(await siteRow(site.id)).toMatchObject({ name: "Renamed", allowedOrigins: ["https://after.example", "http://127.0.0.1:4100"], signIn: "sso_only", closeAfterDays: 30, ssoSecret: site.ssoSecret });
    expect((await getSiteByPublicId(site.publicId))?.allowedOrigins).toEqual(["https://after.example", "http://127.0.0.1:4100"]);
    const [rules] = await getDb().select().from(moderationSettings).where(eq(moderationSettings.siteId, site.id));
    expect(rules?.premoderation).toBe(true);
    const audit = await auditRows({ siteId: site.id });
    expect(audit.at(-1)?.reason).toBe('Site "Renamed", origins https://after.example http://127.0.0.1:4100, sign-in sso only, pre-moderation on, threads close after 30 days');

    await updateSite(admin, { ...change(site.publicId), premoderation: undefined, closeAfterDays: "" }, NOW);
    expect(await siteRow(site.id)).toMatchObject({ closeAfterDays: null });
    // A site nothing embeds (the home site, say) may list no origins.
    await updateSite(admin, { ...change(site.publicId), premoderation: undefined, closeAfterDays: "", origins: "" }, NOW);
    expect(await getSiteByPublicId(site.publicId)).toMatchObject({ allowedOrigins: [] });
    await updateSite(admin, { ...change(site.publicId), premoderation: undefined, closeAfterDays: "" }, NOW);
    const listed = (await listSites(admin)).find((s) => s.id === site.id);
    expect(listed).toEqual({ id: site.id, publicId: site.publicId, slug: site.slug, name: "Renamed", allowedOrigins: ["https://after.example", "http://127.0.0.1:4100"], signIn: "sso_only", closeAfterDays: null, premoderation: false, hasSsoSecret: true });
  });

  it.each([
    ["closeAfterDays", "0", "at least 1 day"],
    ["closeAfterDays", "3651", "at most 3650 days"],
    ["closeAfterDays", "2.5", "whole number"],
    ["closeAfterDays", "soon", "from 1 to 3650"],
    ["signIn", "everyone", "how readers sign in"],
    ["origins", "https://after.example/path", "is not an origin"],
    ["name", "Bad\u202ename", "text-direction"],
  ])("refuses %s = %j with a message beside the field", async (field, value, message) => {
    const { admin, site } = await seedCreated();
    const error = await expectAppError(updateSite(admin, { ...change(site.publicId), [field]: value }, NOW), "invalid_input");
    expect(error.fieldErrors?.[field]?.join(" ")).toContain(message);
    expect(await siteRow(site.id)).toMatchObject({ allowedOrigins: ["https://before.example"], closeAfterDays: null });
  });

  it("says so for a site that doesn't exist, and is for admins only", async () => {
    const { admin, site } = await seedCreated();
    const missing = await expectAppError(updateSite(admin, change("doesnotexist0"), NOW), "not_found");
    expect(missing.field).toBe("site");
    await expectAppError(updateSite(await seedModerator(), change(site.publicId), NOW), "forbidden");
    await expectAppError(updateSite(null, change(site.publicId), NOW), "unauthorized");
    expect(await siteRow(site.id)).toMatchObject({ name: site.name });
  });
});

describe("rotateSsoSecret", () => {
  it("replaces the secret, returns the new one once and audits the rotation without it", async () => {
    const admin = await seedAdmin();
    const site = await createSite(admin, { name: "Rotating", origins: "https://rotate.example" }, NOW);
    const { ssoSecret } = await rotateSsoSecret(admin, { site: site.publicId }, NOW);
    expect(ssoSecret).toMatch(SECRET);
    expect(ssoSecret).not.toBe(site.ssoSecret);
    expect((await siteRow(site.id)).ssoSecret).toBe(ssoSecret);
    const audit = await auditRows({ siteId: site.id });
    expect(audit.at(-1)).toMatchObject({ kind: "update_settings", actorId: admin.id, reason: 'SSO secret of "Rotating" rotated' });
    expect(JSON.stringify(audit)).not.toContain(ssoSecret);
  });

  it("is for admins only", async () => {
    const site = await createSite(await seedAdmin(), { name: "Kept", origins: "https://kept.example" }, NOW);
    await expectAppError(rotateSsoSecret(await seedModerator(), { site: site.publicId }, NOW), "forbidden");
    await expectAppError(rotateSsoSecret(await seedViewer(), { site: site.publicId }, NOW), "forbidden");
    expect((await siteRow(site.id)).ssoSecret).toBe(site.ssoSecret);
  });
});

describe("getSiteByPublicId", () => {
  it("finds a site by its public id and nothing by a malformed or unknown one", async () => {
    const site = await createSite(await seedAdmin(), { name: "Findable", origins: "https://find.example" }, NOW);
    expect(await getSiteByPublicId(site.publicId)).toEqual({ id: site.id, publicId: site.publicId, name: "Findable", allowedOrigins: ["https://find.example"], signIn: "sso_and_parley", closeAfterDays: null, ssoSecret: site.ssoSecret });
    for (const id of ["", "nope", "' or 1=1 --", String(site.id), site.publicId.toUpperCase()]) expect(await getSiteByPublicId(id)).toBeNull();
  });
});
