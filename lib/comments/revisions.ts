import "server-only";
import { createHash } from "node:crypto";
import type { Transaction } from "@/db/client";
import { commentRevisions } from "@/db/schema";

/** The sha256 (hex) of a text as decided on: lets the audit log prove which words a decision was about. */
export function contentHash(markdown: string): string {
  return createHash("sha256").update(markdown, "utf8").digest("hex");
}

type Revision = { commentId: number; revision: number; markdown: string; html: string; editorId: string; now: Date };

/** Keeps a comment's new text as its next revision, in the transaction that writes it to the comment. */
export async function recordRevision(tx: Transaction, { commentId, revision, markdown, html, editorId, now }: Revision): Promise<void> {
  await tx.insert(commentRevisions).values({ commentId, revision, bodyMarkdown: markdown, bodyHtml: html, editorId, createdAt: now });
}
