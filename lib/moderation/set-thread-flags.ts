import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { threads } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "./audit";
import { requireRole } from "./require-role";
import { threadFlagSchema } from "./schemas";

/** Closes a thread to new comments (existing ones stay), or reopens it. */
export async function setThreadClosed(viewer: Viewer | null, raw: unknown, now = new Date()) {
  return setFlag(viewer, raw, now, "isClosed");
}

/** Makes every new comment on this article wait for approval, or stops doing so. */
export async function setThreadPremoderated(viewer: Viewer | null, raw: unknown, now = new Date()) {
  return setFlag(viewer, raw, now, "isPremoderated");
}

async function setFlag(viewer: Viewer | null, raw: unknown, now: Date, flag: "isClosed" | "isPremoderated") {
  const moderator = requireRole(viewer, "moderator");
  const { threadId, value } = parseInput(threadFlagSchema, raw, "Choose a thread.");
  return getDb().transaction(async (tx) => {
    const [thread] = await tx
      .select({ siteId: threads.siteId, isClosed: threads.isClosed, isPremoderated: threads.isPremoderated })
      .from(threads)
      .where(eq(threads.id, threadId))
      .for("update");
    if (!thread) throw new AppError("not_found", "That thread doesn't exist.");
    await tx.update(threads).set({ [flag]: value }).where(eq(threads.id, threadId));
    const describe = (on: boolean) => (flag === "isClosed" ? (on ? "closed" : "open") : on ? "premoderated" : "published directly");
    await recordModerationAction(tx, {
      kind: flag === "isClosed" ? (value ? "close_thread" : "reopen_thread") : "set_premoderation",
      actorId: moderator.id,
      threadId,
      siteId: thread.siteId,
      statusBefore: describe(thread[flag]),
      statusAfter: describe(value),
      now,
    });
    return { threadId, [flag]: value };
  });
}
