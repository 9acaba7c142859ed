import { describe, expect, it } from "vitest";
import { readBoundedJson } from "./read-bounded-json";

const LIMIT = 1024;

function streamed(parts: string[], headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === parts.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(parts[pulled++]));
    },
  }, { highWaterMark: 0 });
  const request = new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulledChunks: () => pulled };
}

const outcome = (request: Request) => readBoundedJson(request, LIMIT).then((v) => v, (e: { code: string }) => e.code);

describe("readBoundedJson", () => {
  it("parses a body within the limit", async () => {
    expect(await outcome(streamed(['{"body":', '"hi"}']).request)).toEqual({ body: "hi" });
  });

  it("refuses a declared length past the limit without reading a byte", async () => {
    const { request, pulledChunks } = streamed(["{}"], { "content-length": String(LIMIT + 1) });
    expect(await outcome(request)).toBe("payload_too_large");
    expect(pulledChunks()).toBe(0);
  });

  it("stops reading a body that streams past the limit, whatever it declared", async () => {
    const chunk = "x".repeat(600);
    const { request, pulledChunks } = streamed(Array(1000).fill(chunk));
    expect(await outcome(request)).toBe("payload_too_large");
    expect(pulledChunks()).toBeLessThan(5);
  });

  it("answers invalid input for broken JSON and broken UTF-8", async () => {
    expect(await outcome(streamed(['{"body":']).request)).toBe("invalid_input");
    const bytes = new Request("http://localhost/x", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await outcome(bytes)).toBe("invalid_input");
  });
});
