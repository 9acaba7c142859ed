import { getDevOutboxMessage } from "@/lib/dev-outbox/get-dev-outbox-view";
import { renderOutboxMessage } from "@/lib/dev-outbox/render-outbox-message";

// Development only: the newest sign-in message to the address this browser asked a link for,
// to a browser on this machine run by the server's own OS user. 404 to anyone else, and always
// in production (lib/dev-outbox/outbox-access.ts).
export async function GET(): Promise<Response> {
  const message = await getDevOutboxMessage();
  if (!message) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(renderOutboxMessage(message), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
      "x-robots-tag": "noindex",
    },
  });
}
