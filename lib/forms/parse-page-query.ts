import type { z } from "zod";

export const IGNORED_QUERY_MESSAGE = "Some filters in that address were not valid and were left out.";

/**
 * A page's query string, parsed: a hand-edited or truncated link shows the page with its
 * defaults (and says so) instead of failing. The schema must accept an empty query.
 */
export function parsePageQuery<T extends z.ZodType>(schema: T, params: Record<string, unknown>): { query: z.infer<T>; isValid: boolean } {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { query: parsed.data, isValid: true };
  return { query: schema.parse({}), isValid: false };
}
