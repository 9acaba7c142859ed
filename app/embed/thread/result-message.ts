import { ERROR_MESSAGES, NOTICE_MESSAGES } from "@/lib/embed/embed-messages";
import type { EmbedQuery } from "@/lib/embed/embed-request";

/** The message for the last write's result code (a fixed text per code). */
export function resultMessage(query: Pick<EmbedQuery, "notice" | "error">): { kind: "notice" | "error"; text: string } | null {
  if (query.error) return { kind: "error", text: ERROR_MESSAGES[query.error] };
  if (query.notice) return { kind: "notice", text: NOTICE_MESSAGES[query.notice] };
  return null;
}
