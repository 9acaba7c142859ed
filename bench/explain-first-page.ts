import type { Sql } from "postgres";
import { getDatabaseHandle } from "@/db/client";
import { listThreadComments } from "@/lib/comments/list-thread-comments";
import type { SeededThread } from "./seed-threads";

export type QueryPlanSummary = {
  query: string;
  executionMs: number;
  planningMs: number;
  rowsReturned: number;
  /** Rows every plan node produced or filtered out, loops included: what the query touched. */
  rowsTouched: number;
  /** 8 kB pages read from shared buffers or disk (a node's count includes its children's). */
  sharedBuffers: number;
  plan: string;
};

type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Join Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  "Shared Hit Blocks": number;
  "Shared Read Blocks": number;
  Plans?: PlanNode[];
};

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the exact statements the first "best" page runs,
 * for an anonymous reader. They are captured from the app's own code
 * (listThreadComments) through the driver's debug hook, then explained with the
 * same parameters on a separate connection.
 */
export async function explainFirstPage(sql: Sql, thread: SeededThread): Promise<QueryPlanSummary[]> {
  const captured = await captureQueries(() =>
    listThreadComments({ thread: { id: thread.threadId, isClosed: false }, sort: "best", viewer: null, now: new Date() }),
  );
  if (captured.length === 0) throw new Error("no statement captured: is DATABASE_URL a Postgres URL?");
  const summaries: QueryPlanSummary[] = [];
  for (const { query, parameters } of captured) {
    // The second run is the one kept: a page served a moment ago finds its pages cached.
    await sql.unsafe(`explain (analyze, format json) ${query}`, parameters);
    const [row] = await sql.unsafe(`explain (analyze, buffers, format json) ${query}`, parameters);
    const [{ Plan, "Execution Time": executionMs, "Planning Time": planningMs }] = row!["QUERY PLAN"] as [
      { Plan: PlanNode; "Execution Time": number; "Planning Time": number },
    ];
    summaries.push({
      query: labelOf(query),
      executionMs,
      planningMs,
      rowsReturned: Plan["Actual Rows"],
      rowsTouched: sumNodes(Plan, rowsRead),
      sharedBuffers: Plan["Shared Hit Blocks"] + Plan["Shared Read Blocks"],
      plan: outline(Plan),
    });
  }
  return summaries;
}

async function captureQueries(run: () => Promise<unknown>) {
  const { client, driver } = getDatabaseHandle();
  if (driver !== "postgres") return [];
  const captured: { query: string; parameters: never[] }[] = [];
  // A copy: the driver serializes the array in place when it binds, and "t" replayed as a boolean is false.
  client.options.debug = (_connection, query, parameters) => captured.push({ query, parameters: [...parameters] as never[] });
  try {
    await run();
  } finally {
    client.options.debug = false;
  }
  return captured;
}

// First match wins: the page query also filters on is_featured, so it is tested before the featured one.
const LABELS: [RegExp, string][] = [
  [/lateral/i, "reply preview ids (lateral)"],
  [/order by "comments"\."best_rank"/i, "top-level page (best)"],
  [/"comments"\."is_featured" = /i, "featured comments"],
  [/where "comments"\."id" in /i, "reply preview rows"],
];

function labelOf(query: string): string {
  return LABELS.find(([pattern]) => pattern.test(query))?.[1] ?? `other: ${query.slice(0, 60)}`;
}

// EXPLAIN gives rows and removed rows per loop.
const rowsRead = (n: PlanNode) =>
  Math.round(
    (n["Actual Rows"] + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Join Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0)) *
      n["Actual Loops"],
  );

function sumNodes(node: PlanNode, f: (n: PlanNode) => number): number {
  return f(node) + (node.Plans ?? []).reduce((sum, child) => sum + sumNodes(child, f), 0);
}

// "Limit > Nested Loop > Index Scan (comments_thread_id_best_rank_id_idx)": the plan's main line and its index scans.
function outline(node: PlanNode): string {
  const self = node["Index Name"] ? `${node["Node Type"]} (${node["Index Name"]})` : node["Node Type"];
  const children = (node.Plans ?? []).map(outline);
  if (children.length === 0) return self;
  return children.length === 1 ? `${self} > ${children[0]}` : `${self} > [${children.join(", ")}]`;
}
