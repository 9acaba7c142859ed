import { listCommentCountsJson } from "@/lib/comments/comment-counts-json";
import { toResponse } from "@/lib/http/to-response";

export async function GET(request: Request) {
  try {
    const counts = await listCommentCountsJson(new URL(request.url).searchParams.get("articles"));
    return Response.json({ counts }, { headers: { "Cache-Control": "public, max-age=15" } });
  } catch (error) {
    return toResponse(error);
  }
}
