import { z } from "zod";
import { DEFAULT_SORT } from "@/lib/comments/constants";
import { sortSchema } from "@/lib/comments/schemas";
import { AppError } from "@/lib/errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

// URL parameters arrive as a string, several strings, or nothing; an empty one means "not given".
const given = (v: unknown) => {
  const one = Array.isArray(v) ? v[0] : v;
  return one === "" || one === null ? undefined : one;
};

/** How a thread is read, from a URL: the one schema behind the article page, the embed and the JSON APIs. */
export const threadQuerySchema = z.object({
  sort: z.preprocess(given, sortSchema.default(DEFAULT_SORT)),
  cursor: z.preprocess(given, z.string().max(500, "Cursor is too long.").optional()),
  limit: z.preprocess(
    given,
    z.coerce
      .number({ error: `Limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` })
      .int(`Limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
      .min(1, `Limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
      .max(MAX_PAGE_SIZE, `Limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
      .default(DEFAULT_PAGE_SIZE),
  ),
  /** A permalinked comment: show it in its context instead of a page. */
  comment: z.preprocess(given, z.coerce.number({ error: "Comment must be a comment id." }).int("Comment must be a comment id.").positive("Comment must be a comment id.").max(Number.MAX_SAFE_INTEGER, "Comment must be a comment id.").optional()),
});
export type ThreadQuery = z.infer<typeof threadQuerySchema>;
export type RawThreadQuery = Record<string, unknown> | URLSearchParams;

export const THREAD_QUERY_KEYS = Object.keys(threadQuerySchema.shape) as (keyof ThreadQuery)[];

function toRecord(raw: RawThreadQuery): Record<string, unknown> {
  if (!(raw instanceof URLSearchParams)) return raw;
  return Object.fromEntries(THREAD_QUERY_KEYS.map((key) => [key, raw.get(key) ?? undefined]));
}

/**
 * Strict (APIs): a bad parameter is refused, naming it. Forgiving (pages people share):
 * a bad parameter is dropped and the rest still apply; `dropped` says which.
 */
export function parseThreadQuery(raw: RawThreadQuery, { strict }: { strict: boolean }): { query: ThreadQuery; dropped: string[] } {
  const record = toRecord(raw);
  const parsed = threadQuerySchema.safeParse(record);
  if (parsed.success) return { query: parsed.data, dropped: [] };
  const issue = parsed.error.issues[0];
  if (strict) throw new AppError("invalid_input", issue?.message ?? "Invalid query.", { field: String(issue?.path[0] ?? "") });
  const dropped = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const kept = Object.fromEntries(Object.entries(record).filter(([key]) => !dropped.includes(key)));
  return { query: threadQuerySchema.parse(kept), dropped };
}
