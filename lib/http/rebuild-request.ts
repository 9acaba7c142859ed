import { NextRequest } from "next/server";

type Changes = {
  /** The address to send it to instead. */
  url?: URL;
  /** Which "name=value" cookie pairs to keep. */
  keepCookie?: (pair: string) => boolean;
};

/** The same request with another address or fewer cookies; its body passes on unread. */
export function rebuildRequest(request: NextRequest, { url, keepCookie }: Changes): NextRequest {
  const headers = new Headers(request.headers);
  const cookie = request.headers.get("cookie");
  if (cookie && keepCookie) {
    const kept = cookie
      .split(";")
      .map((c) => c.trim())
      .filter((c) => c && keepCookie(c));
    if (kept.length) headers.set("cookie", kept.join("; "));
    else headers.delete("cookie");
  }
  // duplex: Node needs it to pass a streamed body (a form_post callback) on to a new request.
  const init = { method: request.method, headers, body: request.body, duplex: "half" };
  return new NextRequest(url ?? request.url, init as ConstructorParameters<typeof NextRequest>[1]);
}
