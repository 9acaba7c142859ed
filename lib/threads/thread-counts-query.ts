import { z } from "zod";
import { AppError } from "@/lib/errors";

/** The most pages one counts request may ask about: a long article list, not a crawl. */
export const MAX_COUNTED_PAGES = 50;

export type ThreadCountsQuery = { site: string; keys: string[]; urls: string[] };

const text = (name: string, max: number) => z.string().trim().min(1, `A ${name} may not be empty.`).max(max, `A ${name} is at most ${max} characters.`);
const querySchema = z.object({
  site: z.string({ error: "Name the site: ?site=<its public id>." }).trim().min(1, "Name the site: ?site=<its public id>.").max(100, "That is not a site id."),
  keys: z.array(text("key", 1000)),
  urls: z.array(text("url", 2000)),
});

/** `?site=…&key=…&key=…&url=…` → distinct keys and urls; none, or more than 50 in all, is a 400. */
export function parseThreadCountsQuery(params: URLSearchParams): ThreadCountsQuery {
  const parsed = querySchema.safeParse({ site: params.get("site") ?? undefined, keys: params.getAll("key"), urls: params.getAll("url") });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("invalid_input", issue.message, { field: String(issue.path[0] ?? "site") });
  }
  const keys = [...new Set(parsed.data.keys)];
  const urls = [...new Set(parsed.data.urls)];
  if (keys.length + urls.length === 0) throw new AppError("invalid_input", "Ask for at least one page: ?key=<page key> or ?url=<page url>.", { field: "key" });
  if (keys.length + urls.length > MAX_COUNTED_PAGES) {
    throw new AppError("invalid_input", `Ask for at most ${MAX_COUNTED_PAGES} keys and urls at once; split the rest into another request.`, { field: "key" });
  }
  return { site: parsed.data.site, keys, urls };
}
