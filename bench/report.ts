import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Sql } from "postgres";
import { FLAT_TOLERANCE, SIZES, formatCount } from "./config";
import type { QueryPlanSummary } from "./explain-first-page";
import { type HttpFigure, round } from "./measure-http";
import type { HttpPostingFigure } from "./measure-http-posting";
import type { PostingFigure } from "./measure-posting";
import type { SeededThread } from "./seed-threads";

export type FlatnessCheck = {
  figure: string;
  reqPerSecSmallest: number;
  reqPerSecLargest: number;
  /** Largest thread's req/s relative to the smallest's: -0.05 is 5 % slower. */
  change: number;
  p50MsSmallest: number;
  p50MsLargest: number;
  withinTolerance: boolean;
};

const RESULTS_DIR = path.join("bench", "results");
const say = (text: string) => console.log(`[bench] ${text}`);
const label = (name: string, comments?: number) => `${name.padEnd(36)} ${comments === undefined ? "" : `${formatCount(comments)} comments`}`.padEnd(56);

export function printSeed(t: SeededThread) {
  say(`${label("seed", t.size)} ${t.seconds.toFixed(2)} s (${formatCount(t.topLevel)} top-level, ${formatCount(t.replies)} replies, largest subtree ${formatCount(t.largestSubtree)}, depth ≤ ${t.maxDepth})`);
}

export function printExplain(size: number, plans: QueryPlanSummary[]) {
  for (const p of plans) say(`${label(`explain ${p.query}`, size)} ${p.executionMs.toFixed(2)} ms, ${p.rowsReturned} rows returned, ${p.rowsTouched} touched, ${p.sharedBuffers} buffers`);
}

export function printFigure(f: HttpFigure | HttpPostingFigure | PostingFigure) {
  const [rate, comments] = "reqPerSec" in f ? [`${f.reqPerSec} req/s`, f.comments] : [`${f.opsPerSec} ops/s`, undefined];
  const outcome = "posted" in f ? `   ${formatCount(f.posted)} posted, ${refusals(f.refused)}` : "";
  say(`${label(f.name, comments)} ${rate.padStart(13)}   p50 ${f.p50Ms} ms   p99 ${f.p99Ms} ms${outcome}`);
}

// Refusals by HTTP status or error code: a rate limit that bites under load shows here, not hidden in the rate.
const refusals = (refused: Record<string, number>) => {
  const counts = Object.entries(refused).map(([code, n]) => `${code} × ${formatCount(n)}`);
  return counts.length > 0 ? `refused ${counts.join(", ")}` : "none refused";
};

/** For each HTTP figure: does the largest thread's first page cost the same as the smallest's? */
export function checkFlatness(http: HttpFigure[]): FlatnessCheck[] {
  const names = [...new Set(http.map((f) => f.name))];
  return names.map((figure) => {
    const small = http.find((f) => f.name === figure && f.comments === SIZES[0])!;
    const large = http.find((f) => f.name === figure && f.comments === SIZES.at(-1))!;
    const change = round(large.reqPerSec / small.reqPerSec - 1, 3);
    const check = { figure, reqPerSecSmallest: small.reqPerSec, reqPerSecLargest: large.reqPerSec, change, p50MsSmallest: small.p50Ms, p50MsLargest: large.p50Ms };
    return { ...check, withinTolerance: Math.abs(change) <= FLAT_TOLERANCE };
  });
}

export function printFlatness(checks: FlatnessCheck[]) {
  const [small, large] = [formatCount(SIZES[0]), formatCount(SIZES.at(-1)!)];
  for (const c of checks) {
    const verdict = c.withinTolerance ? "within" : "NOT within";
    say(`${c.figure}: ${large} vs ${small} comments ${(c.change * 100).toFixed(1)}% req/s (p50 ${c.p50MsLargest} vs ${c.p50MsSmallest} ms): ${verdict} ${FLAT_TOLERANCE * 100}%`);
  }
}

/** Writes the run to bench/results/<time>.json and bench/results/latest.json; returns the first path. */
export function writeResults(results: { startedAt: Date } & Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = path.join(RESULTS_DIR, `${results.startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, json);
  writeFileSync(path.join(RESULTS_DIR, "latest.json"), json);
  return file;
}

/** Where the figures come from: they mean little without the machine and the commit. */
export async function describeMachine(sql: Sql, cpuBusyBeforeRun: number) {
  const [{ version }] = await sql<[{ version: string }]>`select version()`;
  // Null outside a git checkout rather than a guess.
  const git = (...args: string[]) => {
    const result = spawnSync("git", args, { encoding: "utf8" });
    return result.status === 0 ? result.stdout.trim() : null;
  };
  const status = git("status", "--porcelain");
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: version,
    commit: git("rev-parse", "--short", "HEAD"),
    uncommittedChanges: status === null ? null : status.length > 0,
    cpuBusyBeforeRun,
  };
}

/** Other work on the machine skews every figure: say so before measuring rather than after. */
export async function warnIfBusy(): Promise<number> {
  const busy = await cpuBusyShare(1_000);
  if (busy > 0.25) say(`warning: the CPUs were ${Math.round(busy * 100)}% busy before the run; other processes will skew the figures`);
  return round(busy, 2);
}

async function cpuBusyShare(ms: number): Promise<number> {
  const total = () => os.cpus().reduce((acc, c) => ({ idle: acc.idle + c.times.idle, all: acc.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  return 1 - (after.idle - before.idle) / Math.max(1, after.all - before.all);
}
