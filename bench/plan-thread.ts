import { MAX_NESTING } from "@/lib/comments/constants";
import { parentPathOf, pathSegment } from "@/lib/comments/path";
import { REPLY_EVERY } from "./config";

export type PlannedComment = {
  id: number;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  path: string;
  authorId: string;
  body: number;
  upvotes: number;
  downvotes: number;
  replyCount: number;
  descendantCount: number;
  createdAt: Date;
};

type Options = { size: number; firstId: number; authorIds: string[]; bodies: number; end: Date; seed: number };

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * A thread as postComment would have left it, computed in memory: ids in
 * posting order (so every parent precedes its replies), every REPLY_EVERY-th
 * comment a reply, paths, depth capped at MAX_NESTING, and the parents' and
 * roots' counters. Replies favour early comments and recent conversations, so
 * some roots grow subtrees of hundreds of replies and chains reach the cap.
 */
export function planThread({ size, firstId, authorIds, bodies, end, seed }: Options): PlannedComment[] {
  const random = mulberry32(seed);
  const pick = <T>(items: T[], skew = 1) => items[Math.floor(items.length * random() ** skew)]!;
  const start = end.getTime() - WEEK_MS;
  const slot = (WEEK_MS - 60_000) / size;
  const planned: PlannedComment[] = [];
  const topLevel: PlannedComment[] = [];
  const replies: PlannedComment[] = [];

  for (let i = 0; i < size; i++) {
    const id = firstId + i;
    const isReply = i % REPLY_EVERY === REPLY_EVERY - 1;
    const parent = !isReply ? null : random() < 0.35 && replies.length > 0 ? pick(replies.slice(-50)) : pick(topLevel, 4);
    const atCap = !!parent && parent.depth >= MAX_NESTING;
    const comment: PlannedComment = {
      id,
      parentId: parent?.id ?? null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      depth: parent ? (atCap ? MAX_NESTING : parent.depth + 1) : 0,
      path: (parent ? (atCap ? parentPathOf(parent.path) : parent.path) : "") + pathSegment(id),
      authorId: pick(authorIds),
      body: Math.floor(random() * bodies),
      upvotes: 0,
      downvotes: 0,
      replyCount: 0,
      descendantCount: 0,
      createdAt: new Date(start + (i + random() * 0.9) * slot),
    };
    planned.push(comment);
    (parent ? replies : topLevel).push(comment);
    if (parent) {
      parent.replyCount += 1;
      planned[comment.rootId! - firstId]!.descendantCount += 1;
    }
  }
  for (const c of planned) giveVotes(c, random);
  return planned;
}

// Comments that drew replies tend to draw votes too, so the "best" first page is
// made of roots with long subtrees: the case a reply preview must keep bounded.
function giveVotes(c: PlannedComment, random: () => number) {
  const isRoot = c.parentId === null;
  if (isRoot && c.descendantCount === 0 && random() < 0.3) return;
  const up = isRoot ? Math.floor(150 * random() ** 3) + 3 * c.descendantCount : Math.floor(20 * random() ** 3);
  c.upvotes = up;
  c.downvotes = Math.floor(up * 0.6 * random() ** 2 + (isRoot ? 12 : 3) * random() ** 4);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
