import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, sites, threads } from "@/db/schema";
import { embedThreadUrl } from "./embed-url";

const id = (v: FormDataEntryValue | null) => (typeof v === "string" && /^[1-9]\d{0,15}$/.test(v) ? Number(v) : null);

/** The iframe page of the embedded thread a form names (by threadId or commentId), when it is one. */
export async function getThreadEmbedPath(form: FormData): Promise<string | null> {
  const threadId = id(form.get("threadId"));
  const commentId = id(form.get("commentId"));
  const db = getDb();
  const base = db.select({ publicId: sites.publicId, pageKey: threads.pageKey }).from(threads).innerJoin(sites, eq(sites.id, threads.siteId));
  const [row] = threadId
    ? await base.where(eq(threads.id, threadId))
    : commentId
      ? await base.innerJoin(comments, eq(comments.threadId, threads.id)).where(eq(comments.id, commentId))
      : [];
  return row?.pageKey ? embedThreadUrl({ site: row.publicId, key: row.pageKey }) : null;
}
