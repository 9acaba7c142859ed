import type { EmbedQuery } from "@/lib/embed/embed-request";
import { getResultTexts } from "@/lib/embed/result-messages";

/** The message for the last write's result code (a fixed text per code), in the thread's language. */
export function resultMessage(query: Pick<EmbedQuery, "notice" | "error" | "lang">): { kind: "notice" | "error"; text: string } | null {
  const { notices, errors } = getResultTexts(query.lang);
  if (query.error) return { kind: "error", text: errors[query.error] };
  if (query.notice) return { kind: "notice", text: notices[query.notice] };
  return null;
}
