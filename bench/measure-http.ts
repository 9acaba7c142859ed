import autocannon from "autocannon";
import { TOP_LEVEL_PAGE_SIZE } from "@/lib/comments/constants";
import { CONNECTIONS, MEASURE_SECONDS, WARMUP_SECONDS } from "./config";

export type HttpFigure = {
  name: string;
  comments: number;
  path: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

type Target = { name: string; comments: number; path: string; accept: string };

const KINDS = [
  { name: "thread API first page (best)", path: (slug: string) => `/api/articles/${slug}/comments?sort=best`, accept: "application/json" },
  { name: "article page", path: (slug: string) => `/articles/${slug}`, accept: "text/html" },
];

/** What is measured, in order: each kind of request, smallest thread first. */
export function httpTargets(threads: { slug: string; size: number }[]): Target[] {
  return KINDS.flatMap((k) => threads.map((t) => ({ name: k.name, comments: t.size, path: k.path(t.slug), accept: k.accept })));
}

/**
 * Loads one URL with autocannon: a short warm-up that is thrown away (first
 * requests load route code and fill caches), then the measured run. A run with
 * any error or non-2xx answer is refused rather than reported as a figure.
 */
export async function measureHttp(origin: string, { name, comments, path, accept }: Target): Promise<HttpFigure> {
  const options = { url: `${origin}${path}`, connections: CONNECTIONS, headers: { accept } };
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const result = await autocannon({ ...options, duration: MEASURE_SECONDS });
  const figure = toHttpFigure({ name, comments, path }, result);
  if (figure.non2xx > 0 || figure.errors > 0 || figure.requests === 0) {
    throw new Error(`${name} at ${path}: ${figure.non2xx} non-2xx answers and ${figure.errors} errors in ${figure.requests} requests`);
  }
  return figure;
}

/** The figures of one measured autocannon run. */
export function toHttpFigure({ name, comments, path }: Omit<Target, "accept">, result: autocannon.Result): HttpFigure {
  return {
    name,
    comments,
    path,
    reqPerSec: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Loads every URL briefly before any is measured, so the first figure does not pay for a cold server. */
export async function warmUp(origin: string, paths: string[]): Promise<void> {
  for (const path of paths) await autocannon({ url: `${origin}${path}`, connections: CONNECTIONS, duration: WARMUP_SECONDS });
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Fails unless the API answers a full first page for the seeded thread and its article page renders: a bench of 404s measures nothing. */
export async function checkFirstPage(origin: string, thread: { slug: string; size: number }): Promise<void> {
  const response = await fetch(`${origin}/api/articles/${thread.slug}/comments?sort=best`);
  const body = (await response.json()) as { article?: { commentCount: number }; comments?: { replies: unknown[] }[] };
  const comments = body.comments ?? [];
  if (response.status !== 200 || body.article?.commentCount !== thread.size || comments.length < TOP_LEVEL_PAGE_SIZE || !comments.some((c) => c.replies.length > 0)) {
    throw new Error(`unexpected first page of ${thread.slug} (${response.status}): ${JSON.stringify(body).slice(0, 300)}`);
  }
  const page = await fetch(`${origin}/articles/${thread.slug}`);
  if (page.status !== 200) throw new Error(`article page of ${thread.slug} answered ${page.status}`);
}
