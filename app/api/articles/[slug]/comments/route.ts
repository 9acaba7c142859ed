import { getArticle } from "@/lib/articles/get-article";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { getViewer } from "@/lib/auth/viewer";
import { MAX_COMMENT_REQUEST_BYTES } from "@/lib/comments/constants";
import { postComment } from "@/lib/comments/post-comment";
import { getThreadPageJson } from "@/lib/comments/thread-page-json";
import { getClientIp } from "@/lib/http/client-ip";
import { readBoundedJson } from "@/lib/http/read-bounded-json";
import { requireSameOriginJson } from "@/lib/http/require-same-origin";
import { toResponse } from "@/lib/http/to-response";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  try {
    const article = await getArticle((await params).slug);
    if (!article) return Response.json({ error: { code: "not_found", message: "No article with that slug." } }, { status: 404 });
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const body = await getThreadPageJson({ article, query, viewer: await getViewer(), now: new Date() });
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}

/** Posts a comment as the signed-in reader: `{ "body": "...", "parentId"?: 123 }` → 201 `{ id, status }`. */
export async function POST(request: Request, { params }: Context) {
  try {
    // Who is asking is settled before a byte of the body is read, and the body is bounded.
    requireSameOriginJson(request);
    const viewer = requireSignedIn(await getViewer(), "comment");
    const article = await getArticle((await params).slug);
    if (!article) return Response.json({ error: { code: "not_found", message: "No article with that slug." } }, { status: 404 });
    const input = await readBoundedJson(request, MAX_COMMENT_REQUEST_BYTES);
    const fields = typeof input === "object" && input !== null ? input : {};
    const created = await postComment(viewer, { ...fields, threadId: article.thread.id }, { ip: await getClientIp() });
    return Response.json(created, { status: 201 });
  } catch (error) {
    return toResponse(error);
  }
}
