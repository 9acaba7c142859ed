import http from "node:http";
import type { MalformedRequest } from "./generate";

export type Answer = { status: number } | { unsendable: string } | { failed: string };

// A connection per request: reusing one the server is just closing would read as a reset.
const agent = new http.Agent({ keepAlive: false, maxSockets: 16 });

/**
 * Sends a request byte for byte as generated (node:http, not fetch, which would fix the Host
 * header and the path). What Node refuses to send (a control character in a header) is
 * counted as unsendable: no client could send it either.
 */
export function send(port: number, request: MalformedRequest, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve) => {
    let req: http.ClientRequest;
    try {
      req = http.request({ host: "127.0.0.1", port, method: request.method, path: request.path, headers: request.headers, agent, setHost: false });
    } catch (error) {
      return resolve({ unsendable: (error as Error).message });
    }
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
      response.on("error", (error) => resolve({ failed: error.message }));
    });
    req.on("error", (error) => resolve({ failed: error.message }));
    req.end(request.body);
  });
}

const RESET = /ECONNRESET|EPIPE|socket hang up/;

/**
 * Sends a request, once more if the connection was reset under it: a server that answers early
 * and closes can reset a connection whose body is still arriving, before the client reads the
 * answer. A server that crashed or hung fails the second try too.
 */
export async function sendWithRetry(port: number, request: MalformedRequest, timeoutMs: number): Promise<Answer> {
  const first = await send(port, request, timeoutMs);
  if (!("failed" in first) || !RESET.test(first.failed)) return first;
  return send(port, request, timeoutMs);
}

/** Runs every request with at most `concurrency` in flight, in order of the list. */
export async function sendAll(port: number, requests: MalformedRequest[], { concurrency, timeoutMs }: { concurrency: number; timeoutMs: number }): Promise<Answer[]> {
  const answers: Answer[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      answers[index] = await sendWithRetry(port, requests[index]!, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return answers;
}
