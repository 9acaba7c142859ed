import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { listCommentCounts } from "./list-comment-counts";

const slugsSchema = z
  .string({ error: "Pass the article slugs as ?articles=a,b,c." })
  .transform((s) => [...new Set(s.split(",").map((p) => p.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(200, "A slug is at most 200 characters."))
      .min(1, "Pass at least one article slug.")
      .max(100, "Ask for at most 100 articles at once."),
  );

/** Counts for `?articles=a,b,c`: every asked slug gets a number, 0 when unknown, so embeds can render blindly. */
export async function listCommentCountsJson(raw: string | null): Promise<Record<string, number>> {
  const parsed = slugsSchema.safeParse(raw ?? undefined);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]!.message, { field: "articles" });
  const found = await listCommentCounts(parsed.data);
  return Object.fromEntries(parsed.data.map((slug) => [slug, found[slug] ?? 0]));
}
