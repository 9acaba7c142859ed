import { AUTHORS, REPLY_EVERY } from "./config";
import type { SeededThread } from "./seed-threads";

export type BenchPost = {
  /** Index into the seeded authors. */
  author: number;
  ip: string;
  parentId: number | undefined;
  body: string;
};

// One sequence for the whole run, warm-ups and both posting figures included:
// no two posts share a text, and the readers and addresses keep rotating.
let sequence = 0;

/**
 * The next post of the run into `thread`: from the next seeded reader (rotating
 * over all of them) and the next address, with a text of its own, so the
 * per-user, per-IP and duplicate rules pass as they would for a crowd. Every
 * REPLY_EVERY-th post replies to a seeded comment.
 */
export function nextPost(thread: SeededThread): BenchPost {
  const i = sequence++;
  const { first, last } = thread.commentIds;
  return {
    author: i % AUTHORS,
    // Addresses from the benchmarking range 198.18.0.0/15.
    ip: `198.${18 + ((i >> 16) & 1)}.${(i >> 8) & 255}.${i & 255}`,
    parentId: i % REPLY_EVERY === REPLY_EVERY - 1 ? first + ((i * 7_919) % (last - first + 1)) : undefined,
    body: `Bench post ${i}: the figures in paragraph ${i % 7} deserve a second look.`,
  };
}
