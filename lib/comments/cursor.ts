import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isMicrosecondInstant } from "@/lib/sql/microsecond-instant";
import type { CommentSort } from "./constants";

/** Where a page of top-level comments ended: the sort key and id of its last comment. */
export type ThreadCursor = { sort: CommentSort; key: number | string; id: number };

const cursorSchema = z.object({
  s: z.enum(["best", "newest", "oldest"]),
  k: z.union([z.number().finite(), z.string().max(64)]),
  i: z.number().int().positive(),
});

export function encodeCursor(cursor: ThreadCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, k: cursor.key, i: cursor.id })).toString("base64url");
}

export function decodeCursor(raw: string, sort: CommentSort): ThreadCursor {
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
  } catch {
    throw new AppError("invalid_input", "The cursor is not valid. Start again from the first page.", { field: "cursor" });
  }
  const keyMatchesSort = sort === "best" ? typeof parsed.k === "number" : typeof parsed.k === "string" && isMicrosecondInstant(parsed.k);
  if (parsed.s !== sort || !keyMatchesSort) {
    throw new AppError("invalid_input", "The cursor belongs to another sort order.", { field: "cursor" });
  }
  return { sort: parsed.s, key: parsed.k, id: parsed.i };
}
