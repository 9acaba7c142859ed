import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isMicrosecondInstant } from "@/lib/sql/microsecond-instant";

/** Newest-first keyset cursor over (created_at, id), with microsecond timestamps. */
export type NewestCursor = { at: string; id: number };

const schema = z.object({ at: z.string().max(64).refine(isMicrosecondInstant), id: z.number().int().positive() });

export function encodeNewestCursor(cursor: NewestCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeNewestCursor(raw: string | undefined): NewestCursor | null {
  if (!raw) return null;
  try {
    const parsed = schema.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed;
  } catch {
    throw new AppError("invalid_input", "The page cursor is not valid. Start again from the first page.", { field: "cursor" });
  }
}
