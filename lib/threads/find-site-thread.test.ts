import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sites, threads } from "@/db/schema";
import { seedSite } from "@/db/testing/factories";
import { findOrCreateEmbedThread } from "./find-or-create-embed-thread";
import { findSiteThread } from "./find-site-thread";
import { readThread } from "./read-thread";

const publicIdOf = async (siteId: number) => (await getDb().select({ publicId: sites.publicId }).from(sites).where(eq(sites.id, siteId)))[0]!.publicId;

describe("findSiteThread", () => {
  it("reads a site and its page's thread at once; a page never viewed has no thread, and reading creates none", async () => {
    const seeded = await seedSite();
    const publicId = await publicIdOf(seeded.id);
    const unseen = await findSiteThread(publicId, "never-viewed");
    expect(unseen).toMatchObject({ site: { id: seeded.id, publicId }, thread: null });
    expect(await getDb().select().from(threads).where(eq(threads.siteId, seeded.id))).toEqual([]);

    const created = await findOrCreateEmbedThread({ site: seeded, pageKey: "story-1", title: "Harbour reopens" });
    const found = await findSiteThread(publicId, "story-1");
    expect(found?.thread).toEqual(created);
  });

  it("knows no site for an unknown or malformed id", async () => {
    expect(await findSiteThread("00000000000000000000", "k")).toBeNull();
    expect(await findSiteThread("not an id; drop table sites", "k")).toBeNull();
  });
});

describe("readThread with the closing rule given", () => {
  it("counts a thread past its site's closeAfterDays as closed, and a younger one as open", async () => {
    const site = await seedSite();
    const thread = await findOrCreateEmbedThread({ site, pageKey: "old-story" });
    const now = new Date(thread.createdAt.getTime() + 3 * 24 * 3600_000);
    const read = (closeAfterDays: number | null) => readThread({ thread, query: {}, viewer: null, now, closing: { createdAt: thread.createdAt, closeAfterDays } });
    expect((await read(2)).isClosed).toBe(true);
    expect((await read(5)).isClosed).toBe(false);
    expect((await read(null)).isClosed).toBe(false);
  });
});
