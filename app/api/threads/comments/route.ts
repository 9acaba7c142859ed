import { getViewer } from "@/lib/auth/viewer";
import { toResponse } from "@/lib/http/to-response";
import { findThreadByPublicSite } from "@/lib/threads/find-thread-by-public-site";
import { readThread } from "@/lib/threads/read-thread";
import { toThreadPageJson } from "@/lib/threads/thread-json";

/** A page of any site's thread: `?site=<public id>&key=<page key>&sort=&cursor=&limit=&comment=`. Read only. */
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const thread = await findThreadByPublicSite({ site: params.get("site") ?? undefined, key: params.get("key") ?? undefined });
    const view = await readThread({ thread, query: params, viewer: await getViewer(), now: new Date(), strict: true, closing: thread });
    const body = {
      thread: { key: thread.pageKey, url: thread.url, title: thread.title, commentCount: thread.commentCount, isClosed: view.isClosed },
      ...toThreadPageJson(view),
    };
    return Response.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return toResponse(error);
  }
}
