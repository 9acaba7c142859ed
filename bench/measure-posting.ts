import type { Viewer } from "@/lib/auth/viewer";
import { postComment } from "@/lib/comments/post-comment";
import { isAppError } from "@/lib/errors";
import { CONNECTIONS, MEASURE_SECONDS, WARMUP_SECONDS } from "./config";
import { round } from "./measure-http";
import { nextPost } from "./next-post";
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
 * Calls postComment, the use-case behind the posting server action and the
 * JSON API, from CONNECTIONS concurrent workers for a fixed time against one
 * thread, each call the run's next post (see nextPost). It complements the HTTP
 * figure: the difference between the two is what HTTP, Next and the session cost.
 */
export async function measurePosting(thread: SeededThread, authors: BenchAuthor[]): Promise<PostingFigure> {
  const viewers = authors.map(toViewer);
  const post = async () => {
    const { author, ip, parentId, body } = nextPost(thread);
    await postComment(viewers[author]!, { threadId: thread.threadId, parentId, body }, { ip });
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
const toViewer = (a: BenchAuthor): Viewer => ({ id: a.id, displayName: a.name, email: a.email, image: null, role: "reader", hasName: true, ban: null, siteId: null });

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
