import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { getViewer } from "@/lib/auth/viewer";
import { MAX_COMMENT_REQUEST_BYTES } from "@/lib/comments/constants";
import { postComment } from "@/lib/comments/post-comment";
import { getClientIp } from "@/lib/http/client-ip";
import { readBoundedJson } from "@/lib/http/read-bounded-json";
import { requireSameOriginJson } from "@/lib/http/require-same-origin";
import { toResponse } from "@/lib/http/to-response";
import { getArticleThread } from "@/lib/threads/get-article-thread";
import { readThread } from "@/lib/threads/read-thread";
import { toThreadPageJson } from "@/lib/threads/thread-json";

type Context = { params: Promise<{ slug: string }> };

const notFound = () => Response.json({ error: { code: "not_found", message: "No article with that slug." } }, { status: 404 });

export async function GET(request: Request, { params }: Context) {
  try {
    const slug = (await params).slug;
    const thread = await getArticleThread(slug);
    if (!thread) return notFound();
    const view = await readThread({ thread, query: new URL(request.url).searchParams, viewer: await getViewer(), now: new Date(), strict: true });
    const body = { article: { slug, commentCount: thread.commentCount, isClosed: view.isClosed }, ...toThreadPageJson(view) };
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
    const thread = await getArticleThread((await params).slug);
    if (!thread) return notFound();
    const input = await readBoundedJson(request, MAX_COMMENT_REQUEST_BYTES);
    const fields = typeof input === "object" && input !== null ? input : {};
    const created = await postComment(viewer, { ...fields, threadId: thread.id }, { ip: await getClientIp() });
    return Response.json(created, { status: 201 });
  } catch (error) {
    return toResponse(error);
  }
}
