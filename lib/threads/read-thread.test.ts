import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";
import { seedSite } from "@/db/testing/factories";
import { at, expectAppError, post, seedThreadWithComments } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { findOrCreateEmbedThread } from "./find-or-create-embed-thread";
import { findThreadByPublicSite } from "./find-thread-by-public-site";
import { readThread } from "./read-thread";
import { toThreadPageJson } from "./thread-json";

async function publicIdOf(siteId: number) {
  const [row] = await getDb().select({ publicId: sites.publicId }).from(sites).where(eq(sites.id, siteId));
  return row!.publicId;
}

/** An embedded page's thread with `count` top-level comments and a reply under the first. */
async function seedEmbeddedThread(count: number) {
  const site = await seedSite();
  const thread = await findOrCreateEmbedThread({ site, pageKey: "story-123", url: "https://publisher.example/story", title: "Story" });
  const author = await seedViewer();
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await post(author, thread.id, `Embedded comment ${i}`, { now: at(i * 61_000) }));
  const replyId = await post(author, thread.id, "A reply", { parentId: ids[0], now: at(count * 61_000) });
  return { site, publicId: await publicIdOf(site.id), ids, replyId };
}

/** What GET /api/threads/comments does, minus HTTP. */
async function readJson(params: string) {
  const query = new URLSearchParams(params);
  const thread = await findThreadByPublicSite({ site: query.get("site") ?? undefined, key: query.get("key") ?? undefined });
  return toThreadPageJson(await readThread({ thread, query, viewer: null, now: at(0), strict: true }));
}

describe("readThread behind the thread JSON API", () => {
  it("pages a site's thread by its public id and page key, with replies and a cursor", async () => {
    const { publicId, ids, replyId } = await seedEmbeddedThread(5);
    const first = await readJson(`site=${publicId}&key=story-123&sort=oldest&limit=2`);
    expect(first.sort).toBe("oldest");
    expect(first.comments.map((c) => c.id)).toEqual(ids.slice(0, 2));
    expect(first.comments[0]!.replies.map((r) => r.id)).toEqual([replyId]);
    expect(first.comments[0]).toMatchObject({ author: { name: expect.any(String) }, deleted: false, moreReplies: 0 });
    const rest = await readJson(`site=${publicId}&key=story-123&sort=oldest&limit=50&cursor=${first.nextCursor}`);
    expect(rest.comments.map((c) => c.id)).toEqual(ids.slice(2));
    expect(rest.nextCursor).toBeNull();
  });

  it("shows a permalinked comment in its conversation", async () => {
    const { publicId, ids, replyId } = await seedEmbeddedThread(3);
    const focus = await readJson(`site=${publicId}&key=story-123&comment=${replyId}`);
    expect(focus.comments.map((c) => c.id)).toEqual([ids[0]]);
    expect(focus.comments[0]!.replies.map((r) => r.id)).toEqual([replyId]);
    expect(focus.nextCursor).toBeNull();
  });

  it("refuses bad parameters by name and finds no thread for an unknown site or key", async () => {
    const { publicId } = await seedEmbeddedThread(1);
    expect((await expectAppError(readJson(`site=${publicId}&key=story-123&sort=loudest`), "invalid_input")).field).toBe("sort");
    expect((await expectAppError(readJson(`site=${publicId}&key=story-123&cursor=not-a-cursor`), "invalid_input")).field).toBe("cursor");
    expect((await expectAppError(readJson(`site=${publicId}&key=story-123&limit=500`), "invalid_input")).field).toBe("limit");
    expect((await expectAppError(readJson(`key=story-123`), "invalid_input")).field).toBe("site");
    await expectAppError(readJson(`site=${publicId}&key=never-viewed`), "not_found");
    await expectAppError(readJson(`site=no-such-site&key=story-123`), "not_found");
  });

  it("keeps a shared page URL working: a stale cursor shows the first page with a notice", async () => {
    const { thread } = await seedThreadWithComments(3);
    const ref = { ...thread, commentCount: 3, isPremoderated: false };
    const view = await readThread({ thread: ref, query: { sort: "newest", cursor: "not-a-cursor" }, viewer: null, now: at(0) });
    expect(view.view.kind === "page" && view.view.isFirstPage).toBe(true);
    expect(view.notice).toMatch(/cursor/);
    expect(view.view.kind === "page" && view.view.page.items).toHaveLength(3);
  });
});
