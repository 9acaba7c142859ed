import { AppError } from "@/lib/errors";
import { toResponse } from "@/lib/http/to-response";
import { listThreadCounts } from "@/lib/threads/list-thread-counts";
import { parseThreadCountsQuery } from "@/lib/threads/thread-counts-query";

// Public numbers, read by count.js on publishers' pages: any origin may read them, without credentials.
const PUBLIC = { "Access-Control-Allow-Origin": "*" };

/** `?site=<public id>&key=<page key>&url=<page url>…` → `{ counts: { "<key or url>": n } }`. */
export async function GET(request: Request) {
  try {
    const counts = await listThreadCounts(parseThreadCountsQuery(new URL(request.url).searchParams));
    if (!counts) throw new AppError("not_found", "No site has that id. Check data-site in the snippet.", { field: "site" });
    return Response.json({ counts }, { headers: { ...PUBLIC, "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    const response = toResponse(error);
    response.headers.set("Access-Control-Allow-Origin", "*");
    return response;
  }
}
