import "server-only";
import { NextRequest } from "next/server";
import { readBoundedBytes } from "./read-bounded-json";

/** The same request with its body read in full, up to `maxBytes` (payload_too_large past it). */
export async function withBoundedBody(request: NextRequest, maxBytes: number): Promise<NextRequest> {
  const body = await readBoundedBytes(request, maxBytes);
  const init = { method: request.method, headers: request.headers, body: body.byteLength ? body : undefined };
  return new NextRequest(request.url, init as ConstructorParameters<typeof NextRequest>[1]);
}
