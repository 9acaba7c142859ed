import { describe, expect, it } from "vitest";
import type { CommentSort } from "@/lib/comments/constants";
import type { CommentTree } from "@/lib/comments/dto";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import { at, commentRow, expectAppError, post, seedThreadWithComments } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { featureComment } from "./feature-comment";
import { moderateComments } from "./moderate-comments";
import { HOUR, auditRows, seedModerator, setSiteRules, seen } from "./testing";

const FEATURED_AT = at(HOUR);

async function readAllPages(threadId: number, sort: CommentSort) {
  const pages: CommentTree[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listThreadComments({ thread: { id: threadId, isClosed: false }, sort, cursor, viewer: null, now: FEATURED_AT });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe("featureComment", () => {
  it.each<CommentSort>(["best", "newest", "oldest"])("pins a featured comment first on page one in %s order, marked, and never repeats it", async (sort) => {
    const { threadId, site, ids, authors } = await seedThreadWithComments(25);
    const moderator = await seedModerator();
    const featured = ids[10]!;
    expect(await featureComment(moderator, { commentId: featured, featured: true }, FEATURED_AT)).toEqual({ commentId: featured, featured: true });
    expect(await commentRow(featured)).toMatchObject({ isFeatured: true });

    const pages = await readAllPages(threadId, sort);
    expect(pages.map((p) => p.length)).toEqual([21, 4]);
    expect(pages[0]![0]).toMatchObject({ id: featured, isFeatured: true });
    const all = pages.flat();
    expect(all.filter((c) => c.isFeatured).map((c) => c.id)).toEqual([featured]);
    expect(new Set(all.map((c) => c.id))).toEqual(new Set(ids));
    expect(await auditRows({ commentId: featured })).toEqual([
      { kind: "feature", actorId: moderator.id, rule: null, commentId: featured, targetUserId: authors[10 % 5]!.id, threadId, siteId: site.id, reason: null, statusBefore: "published", statusAfter: "published", createdAt: FEATURED_AT },
    ]);
  });

  it("unfeatures a comment, putting it back in its place, and audits that", async () => {
    const { threadId, ids } = await seedThreadWithComments(25);
    const moderator = await seedModerator();
    await featureComment(moderator, { commentId: ids[24]!, featured: true }, FEATURED_AT);
    await featureComment(moderator, { commentId: ids[24]!, featured: false }, at(2 * HOUR));
    expect(await commentRow(ids[24]!)).toMatchObject({ isFeatured: false });
    const pages = await readAllPages(threadId, "oldest");
    expect(pages.map((p) => p.map((c) => c.id))).toEqual([ids.slice(0, 20), ids.slice(20)]);
    expect((await auditRows({ commentId: ids[24]! })).map((r) => [r.kind, r.actorId])).toEqual([
      ["feature", moderator.id],
      ["unfeature", moderator.id],
    ]);
  });

  it("refuses to feature a reply, a pending comment or a rejected one, changing nothing", async () => {
    const { threadId, site, ids, authors } = await seedThreadWithComments(2);
    const moderator = await seedModerator();
    const reply = await post(await seedViewer(), threadId, "A reply", { parentId: ids[0] });
    await moderateComments(moderator, { ...(await seen([ids[1]!])), decision: "reject", reason: "Off topic" }, at(HOUR));
    await setSiteRules(site.id, { premoderation: true });
    const pending = await post(authors[4]!, threadId, "Waiting");

    for (const commentId of [reply, pending, ids[1]!]) {
      const error = await expectAppError(featureComment(moderator, { commentId, featured: true }, FEATURED_AT), "conflict");
      expect(error.message).toBe("Only a published top-level comment can be featured.");
      expect(await commentRow(commentId)).toMatchObject({ isFeatured: false });
      expect((await auditRows({ commentId })).filter((r) => r.kind === "feature")).toEqual([]);
    }
  });

  it("refuses a sixth featured comment in a thread, since only five are pinned and a sixth would vanish", async () => {
    const { threadId, ids } = await seedThreadWithComments(7);
    const moderator = await seedModerator();
    for (const commentId of ids.slice(0, 5)) await featureComment(moderator, { commentId, featured: true }, FEATURED_AT);
    const error = await expectAppError(featureComment(moderator, { commentId: ids[5]!, featured: true }, FEATURED_AT), "conflict");
    expect(error.message).toBe("A thread can have at most 5 featured comments: unfeature one first.");
    expect(await commentRow(ids[5]!)).toMatchObject({ isFeatured: false });
    expect(await auditRows({ commentId: ids[5]! })).toEqual([]);
    // Featuring one already featured is no sixth; unfeaturing one makes room.
    await featureComment(moderator, { commentId: ids[0]!, featured: true }, FEATURED_AT);
    await featureComment(moderator, { commentId: ids[0]!, featured: false }, FEATURED_AT);
    await featureComment(moderator, { commentId: ids[5]!, featured: true }, FEATURED_AT);
    const pages = await readAllPages(threadId, "oldest");
    expect(pages.flat().map((c) => c.id).sort((a, b) => a - b)).toEqual(ids);
  });

  it("refuses a comment that does not exist", async () => {
    await expectAppError(featureComment(await seedModerator(), { commentId: Number.MAX_SAFE_INTEGER, featured: true }, FEATURED_AT), "not_found");
  });
});
