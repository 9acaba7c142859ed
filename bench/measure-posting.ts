import type { Viewer } from "@/lib/auth/viewer";
import { postComment } from "@/lib/comments/post-comment";
import { isAppError } from "@/lib/errors";
import { CONNECTIONS, MEASURE_SECONDS, REPLY_EVERY, WARMUP_SECONDS } from "./config";
import { round } from "./measure-http";
import type { BenchAuthor, SeededThread } from "./seed-threads";

export const POSTING_NAME = "post comment (in-process, lib)";

export type PostingFigure = {
  name: typeof POSTING_NAME;
  note: string;
  thread: string;
  workers: number;
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  posted: number;
  refused: Record<string, number>;
};

/**
 * Calls postComment, the use-case behind the posting server action, from
 * CONNECTIONS concurrent workers for a fixed time against one thread. Each call
 * is a different reader (rotating over every seeded author) from a different
 * IP with a different body, so the per-user, per-IP and duplicate rules pass
 * as they would for a crowd; every REPLY_EVERY-th post replies to a seeded comment.
 */
export async function measurePosting(thread: SeededThread, authors: BenchAuthor[]): Promise<PostingFigure> {
  const viewers = authors.map(toViewer);
  let n = 0;
  const post = async () => {
    const i = n++;
    const { first, last } = thread.commentIds;
    const parentId = i % REPLY_EVERY === REPLY_EVERY - 1 ? first + ((i * 7_919) % (last - first + 1)) : undefined;
    const body = `Bench post ${i}: the figures in paragraph ${i % 7} deserve a second look.`;
    await postComment(viewers[i % viewers.length]!, { threadId: thread.threadId, parentId, body }, { ip: ipOf(i) });
  };

  await runWorkers(post, WARMUP_SECONDS * 1000);
  const run = await runWorkers(post, MEASURE_SECONDS * 1000);
  const latencies = run.latencies.sort((a, b) => a - b);
  return {
    name: POSTING_NAME,
    note: "postComment() called directly: excludes HTTP, session lookup and server-action overhead.",
    thread: thread.slug,
    workers: CONNECTIONS,
    opsPerSec: round(latencies.length / run.seconds),
    p50Ms: round(percentile(latencies, 0.5), 2),
    p99Ms: round(percentile(latencies, 0.99), 2),
    posted: latencies.length,
    refused: run.refused,
  };
}

async function runWorkers(task: () => Promise<void>, durationMs: number) {
  const latencies: number[] = [];
  const refused: Record<string, number> = {};
  const started = performance.now();
  const worker = async () => {
    while (performance.now() - started < durationMs) {
      const t0 = performance.now();
      try {
        await task();
        latencies.push(performance.now() - t0);
      } catch (error) {
        if (!isAppError(error)) throw error;
        refused[error.code] = (refused[error.code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { latencies, refused, seconds: (performance.now() - started) / 1000 };
}

// As getViewer() would return a signed-in reader in good standing.
const toViewer = (a: BenchAuthor): Viewer => ({ id: a.id, displayName: a.name, email: a.email, image: null, role: "reader", hasName: true, ban: null });

// Addresses from the benchmarking range 198.18.0.0/15: one per call.
const ipOf = (i: number) => `198.${18 + ((i >> 16) & 1)}.${(i >> 8) & 255}.${i & 255}`;

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
