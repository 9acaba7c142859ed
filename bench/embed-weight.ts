import { mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Sql } from "postgres";
import { uniqueDatabaseName } from "@/db/testing/test-database";
import { type BuildPolicy, type RunningApp, freePort, startApp } from "./app-server";
import { endBench, startBench } from "./bench-database";
import { DEFAULT_PORT, formatCount } from "./config";
import { type EmbedWeight, measureEmbedWeight } from "./measure-embed-weight";
import { publisherHtml, servePublisher } from "./publisher-server";
import { runBench } from "./run-bench";
import { describeMachine } from "./report";
import { seedEmbedThread } from "./seed-threads";
import { type RequestTiming, timeThreadRequests } from "./time-thread-requests";

// `npm run bench:embed [-- --build | --no-build] [-- --keep-db] [-- --runs N]`: see bench/README.md.
const args = process.argv.slice(2);
const buildPolicy: BuildPolicy = args.includes("--build") ? "always" : args.includes("--no-build") ? "never" : "when-needed";
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 200;
const COMMENTS = 50;
/** The goal: the whole embed, loader to fonts, in at most this many bytes as transferred. */
const BUDGET_BYTES = 30 * 1024;
const RESULTS = path.join("bench", "results", "embed-weight.json");
const databaseName = uniqueDatabaseName("parley_bench_embed");
let sql: Sql | undefined;
let app: RunningApp | undefined;
let publisher: Server | undefined;

async function main() {
  const start = await startBench(databaseName, buildPolicy);
  const { startedAt, cpuBusy, built, databaseUrl } = start;
  sql = start.sql;

  const port = await freePort(Number(process.env.BENCH_PORT) || DEFAULT_PORT);
  const publisherPort = await freePort(port + 1);
  // Parley on localhost, the publisher on 127.0.0.1: two sites, as in production.
  const parley = `http://localhost:${port}`;
  const origin = `http://127.0.0.1:${publisherPort}`;
  const page = { parley, key: "bench-embed-50", url: `${origin}/story`, title: `A story with ${COMMENTS} comments` };
  const { publicId } = await seedEmbedThread(sql, { size: COMMENTS, origin, pageKey: page.key, url: page.url, title: page.title });
  await sql`vacuum analyze`;
  publisher = await servePublisher(publisherPort, publisherHtml({ ...page, site: publicId }));
  app = await startApp({ port, databaseUrl, logFile: path.join("bench", "results", "app.log"), readyPath: "/embed.js" });

  const weight = await measureEmbedWeight(page.url, parley);
  printWeight(weight);
  const query = new URLSearchParams({ site: publicId, key: page.key });
  const embedQuery = new URLSearchParams({ site: publicId, key: page.key, url: page.url, title: page.title, origin, frame: "0" });
  const timings = await timeThreadRequests(
    parley,
    [
      { name: "embed thread (iframe HTML)", path: `/embed/thread?${embedQuery}` },
      { name: "JSON API, same page", path: `/api/threads/comments?${query}` },
    ],
    RUNS,
  );
  printTimings(timings);

  mkdirSync(path.dirname(RESULTS), { recursive: true });
  const machine = await describeMachine(sql, cpuBusy);
  const settings = { comments: COMMENTS, budgetBytes: BUDGET_BYTES, runs: RUNS, built };
  writeFileSync(RESULTS, `${JSON.stringify({ startedAt, finishedAt: new Date(), machine, settings, weight, timings }, null, 2)}\n`);
  console.log(`[bench:embed] results written to ${RESULTS}`);
  if (!weight.resized || weight.commentsShown === 0) throw new Error("the embed did not show the thread (no resize message, or no .comment in the frame): the figures above measure something else");
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printWeight(w: EmbedWeight) {
  console.log(`\n[bench:embed] what a reader's browser fetches from Parley for a ${COMMENTS}-comment thread (${w.commentsShown} comments shown, resized: ${w.resized})`);
  console.table(w.transfers.map((t) => ({ kind: t.kind, path: t.path, status: t.status, encoding: t.encoding, body: kb(t.bodyBytes), headers: kb(t.headerBytes) })));
  for (const [kind, bytes] of Object.entries(w.byKind)) console.log(`  ${kind.padEnd(12)} ${kb(bytes).padStart(9)}`);
  const verdict = w.bodyBytes <= BUDGET_BYTES ? "within" : "OVER";
  console.log(`  ${"total".padEnd(12)} ${kb(w.bodyBytes).padStart(9)} as transferred (${kb(w.withHeadersBytes)} with headers): ${verdict} the ${kb(BUDGET_BYTES)} budget`);
}

function printTimings(timings: RequestTiming[]) {
  console.log(`\n[bench:embed] the same first page of the thread, ${formatCount(RUNS)} requests each, alternating`);
  console.table(timings.map((t) => ({ request: t.name, "bytes (decoded)": formatCount(t.bytes), "median ms": t.medianMs, "p95 ms": t.p95Ms })));
}

let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await app?.stop().catch(() => {});
    await new Promise((resolve) => (publisher ? publisher.close(resolve) : resolve(undefined)));
    await endBench("bench:embed", databaseName, sql, args.includes("--keep-db"));
  })();
  return cleaning;
}

runBench(main, cleanUp);
