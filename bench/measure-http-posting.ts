import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import type { Sql } from "postgres";
import { AUTH_SECRET, CONNECTIONS, MEASURE_SECONDS, WARMUP_SECONDS, formatCount } from "./config";
import { type HttpFigure, toHttpFigure } from "./measure-http";
import { nextPost } from "./next-post";
import type { BenchAuthor, SeededThread } from "./seed-threads";
import { type Answers, type StoredCheck, settle, verifyStored } from "./verify-posting";

export type HttpPostingFigure = HttpFigure & {
  note: string;
  /** Answers 201: comments created, published or held. */
  posted: number;
  /** Every other answer, by HTTP status. Only 429 (a rate limit) is tolerated. */
  refused: Record<string, number>;
  stored: StoredCheck;
};

const SESSION_COOKIE = "authjs.session-token";

/**
 * POSTs comments to the JSON API with autocannon, each request the run's next
 * post (see nextPost) sent as that reader, with a session cookie minted as
 * Auth.js would, from that reader's address. Warm-up, then the measured run,
 * then a check that the thread stored exactly what was answered.
 */
export async function measureHttpPosting(origin: string, thread: SeededThread, authors: BenchAuthor[], sql: Sql): Promise<HttpPostingFigure> {
  const cookies = await sessionCookies(authors);
  const path = `/api/articles/${thread.slug}/comments`;
  await postFor(WARMUP_SECONDS, { origin, path, thread, cookies });
  const before = await settle(sql, thread.threadId);
  const { result, answers } = await postFor(MEASURE_SECONDS, { origin, path, thread, cookies });
  const after = await settle(sql, thread.threadId);
  const name = "post comment (HTTP API, signed in)";
  const figure = toHttpFigure({ name, comments: thread.size, path }, result);
  const byStatus = Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count] as const);
  const refused = Object.fromEntries(byStatus.filter(([status]) => status !== "201"));
  const unexpected = Object.keys(refused).filter((status) => status !== "429");
  if (figure.errors > 0 || unexpected.length > 0 || answers.createdIds.length === 0) {
    throw new Error(`${name} at ${path}: answers by status ${JSON.stringify(Object.fromEntries(byStatus))}, ${figure.errors} errors`);
  }
  return {
    ...figure,
    note: `POST ${path} as ${formatCount(authors.length)} rotating signed-in readers: HTTP, JWT session decode, viewer re-read, rate limits, screening, insert, counters.`,
    posted: answers.createdIds.length,
    refused,
    stored: await verifyStored(sql, thread.threadId, { before, after }, answers),
  };
}

type Load = { origin: string; path: string; thread: SeededThread; cookies: string[] };

async function postFor(seconds: number, { origin, path, thread, cookies }: Load) {
  const createdIds: number[] = [];
  const unanswered = new Set<string>();
  // Host and Origin as a browser on http://localhost:<port> sends them (the e2e suite's name for the
  // app too): under `next start` request.url always says localhost, whatever the Host, and
  // require-same-origin.ts refuses a JSON write whose Origin differs from it.
  const site = new URL(origin.replace("127.0.0.1", "localhost"));
  const result = await autocannon({
    url: `${origin}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { accept: "application/json", "content-type": "application/json", host: site.host, origin: site.origin },
    requests: [
      {
        method: "POST",
        path,
        setupRequest: (request, context) => {
          const { author, ip, parentId, body } = nextPost(thread);
          unanswered.add((context.body = body));
          // The app (TRUSTED_PROXIES: loopback) takes the right-most X-Forwarded-For entry as the client's address.
          const headers = { ...request.headers, cookie: cookies[author]!, "x-forwarded-for": ip };
          return { ...request, headers, body: JSON.stringify({ body, parentId }) };
        },
        onResponse: (status, body, context) => {
          unanswered.delete(context.body as string);
          if (status === 201) createdIds.push((JSON.parse(body) as { id: number }).id);
        },
      },
    ],
  });
  const answers: Answers = { createdIds, unansweredBodies: [...unanswered] };
  return { result, answers };
}

/** The session cookie Auth.js would set for each reader (as e2e/support/session.ts mints them), in the same order. */
function sessionCookies(authors: BenchAuthor[]): Promise<string[]> {
  const mint = (a: BenchAuthor) => encode({ token: { sub: a.id, name: a.name, email: a.email }, secret: AUTH_SECRET, salt: SESSION_COOKIE });
  return Promise.all(authors.map(async (a) => `${SESSION_COOKIE}=${await mint(a)}`));
}
