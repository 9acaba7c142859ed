import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { commentReports } from "@/db/schema";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { reportComment } from "./report-comment";
import { MINUTE, at, expectAppError, post, seedThread } from "./testing";

async function reportsOn(commentId: number) {
  return getDb()
    .select({ reporterId: commentReports.reporterId, reason: commentReports.reason, note: commentReports.note, createdAt: commentReports.createdAt })
    .from(commentReports)
    .where(eq(commentReports.commentId, commentId));
}

describe("reportComment", () => {
  it("stores a report with its reason and trimmed note", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Buy cheap watches");
    const reader = await seedViewer();
    const { id: reportId } = await reportComment(reader, { commentId: id, reason: "spam", note: "  Selling watches  " }, at(MINUTE));
    expect(reportId).toBeGreaterThan(0);
    expect(await reportsOn(id)).toEqual([{ reporterId: reader.id, reason: "spam", note: "Selling watches", createdAt: at(MINUTE) }]);
  });

  it("refuses a second report of the same comment by the same reader", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Rude words");
    const reader = await seedViewer();
    await reportComment(reader, { commentId: id, reason: "abuse" }, at(MINUTE));
    await expectAppError(reportComment(reader, { commentId: id, reason: "off_topic" }, at(2 * MINUTE)), "conflict");
    expect(await reportsOn(id)).toEqual([{ reporterId: reader.id, reason: "abuse", note: null, createdAt: at(MINUTE) }]);
  });

  it("keeps reports by different readers apart", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Off on a tangent");
    const [first, second] = await Promise.all([seedViewer(), seedViewer()]);
    await reportComment(first!, { commentId: id, reason: "off_topic" }, at(MINUTE));
    await reportComment(second!, { commentId: id, reason: "off_topic" }, at(MINUTE));
    expect((await reportsOn(id)).map((r) => r.reporterId).sort()).toEqual([first!.id, second!.id].sort());
  });

  it("refuses the reason other without a note, with a field error on the note", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Something odd");
    const reader = await seedViewer();
    const error = await expectAppError(reportComment(reader, { commentId: id, reason: "other", note: "   " }, at(MINUTE)), "invalid_input");
    expect(error.fieldErrors).toEqual({ note: ["Tell the moderators what is wrong."] });
    expect(await reportsOn(id)).toEqual([]);
  });

  it("refuses a report of one's own comment", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "My own words");
    await expectAppError(reportComment(author, { commentId: id, reason: "spam" }, at(MINUTE)), "forbidden");
    expect(await reportsOn(id)).toEqual([]);
  });

  it("refuses a signed-out report and a report of a comment that does not exist", async () => {
    const { threadId, author } = await seedThread();
    const id = await post(author, threadId, "Exists");
    await expectAppError(reportComment(null, { commentId: id, reason: "spam" }, at(MINUTE)), "unauthorized");
    const reader = await seedViewer();
    await expectAppError(reportComment(reader, { commentId: Number.MAX_SAFE_INTEGER, reason: "spam" }, at(MINUTE)), "not_found");
    expect(await reportsOn(id)).toEqual([]);
  });
});
