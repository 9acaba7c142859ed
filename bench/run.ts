import path from "node:path";
import type { Sql } from "postgres";
import { uniqueDatabaseName } from "@/db/testing/test-database";
import { type BuildPolicy, type RunningApp, freePort, startApp } from "./app-server";
import { endBench, startBench } from "./bench-database";
import * as config from "./config";
import { type QueryPlanSummary, explainFirstPage } from "./explain-first-page";
import { type HttpFigure, checkFirstPage, httpTargets, measureHttp, warmUp } from "./measure-http";
import { type HttpPostingFigure, measureHttpPosting } from "./measure-http-posting";
import { measurePosting } from "./measure-posting";
import { checkFlatness, describeMachine, printExplain, printFigure, printFlatness, printSeed, writeResults } from "./report";
import { runBench } from "./run-bench";
import { type BenchAuthor, type SeededThread, seedAuthors, seedThread } from "./seed-threads";

// `npm run bench [-- --build | --no-build] [-- --keep-db]`: see bench/README.md.
const args = new Set(process.argv.slice(2));
const buildPolicy: BuildPolicy = args.has("--build") ? "always" : args.has("--no-build") ? "never" : "when-needed";
const databaseName = uniqueDatabaseName("parley_bench");
let sql: Sql | undefined;
let app: RunningApp | undefined;

async function main() {
  const start = await startBench(databaseName, buildPolicy);
  const { startedAt, cpuBusy, built, databaseUrl } = start;
  sql = start.sql;

  const { authors, threads } = await seedAll(sql);
  const explain: Record<number, QueryPlanSummary[]> = {};
  for (const t of threads) printExplain(t.size, (explain[t.size] = await explainFirstPage(sql, t)));
  const { http, httpPosting } = await loadOverHttp(databaseUrl, { sql, threads, authors });
  const inProcess = await measurePosting(threads.at(-1)!, authors);
  printFigure(inProcess);
  const posting = [httpPosting, inProcess];
  const flatness = checkFlatness(http);
  printFlatness(flatness);

  const settings = { sizes: config.SIZES, replyShare: 1 / config.REPLY_EVERY, authors: config.AUTHORS, measureSeconds: config.MEASURE_SECONDS, warmupSeconds: config.WARMUP_SECONDS, connections: config.CONNECTIONS, built };
  const file = writeResults({ startedAt, finishedAt: new Date(), machine: await describeMachine(sql, cpuBusy), settings, seeding: threads, http, posting, flatness, explain });
  console.log(`[bench] results written to ${file} in ${Math.round((Date.now() - startedAt.getTime()) / 1000)} s`);
}

async function seedAll(client: Sql) {
  const authors = await seedAuthors(client);
  const threads: SeededThread[] = [];
  for (const size of config.SIZES) {
    threads.push(await seedThread(client, size, authors));
    printSeed(threads.at(-1)!);
  }
  // What autovacuum would do after a bulk load: statistics and a visibility map for the planner.
  await client`vacuum analyze`;
  return { authors, threads };
}

async function loadOverHttp(databaseUrl: string, { sql: client, threads, authors }: { sql: Sql; threads: SeededThread[]; authors: BenchAuthor[] }) {
  const port = await freePort(Number(process.env.BENCH_PORT) || config.DEFAULT_PORT);
  const logFile = path.join("bench", "results", "app.log");
  const running = await startApp({ port, databaseUrl, logFile, readyPath: `/api/articles/${threads[0]!.slug}/comments` });
  app = running;
  // A figure that fails because the app died says so, with the app's last words.
  const explained = <T>(measuring: Promise<T>) =>
    measuring.catch((error: unknown) => {
      throw new Error(running.exitReport() ?? `see the app's log in ${logFile}`, { cause: error });
    });
  for (const t of threads) await checkFirstPage(running.origin, t);
  const targets = httpTargets(threads);
  await warmUp(running.origin, targets.map((t) => t.path));
  const http: HttpFigure[] = [];
  for (const target of targets) {
    http.push(await explained(measureHttp(running.origin, target)));
    printFigure(http.at(-1)!);
  }
  const httpPosting: HttpPostingFigure = await explained(measureHttpPosting(running.origin, threads.at(-1)!, authors, client));
  printFigure(httpPosting);
  await running.stop();
  return { http, httpPosting };
}

let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await app?.stop().catch(() => {});
    await endBench("bench", databaseName, sql, args.has("--keep-db"));
  })();
  return cleaning;
}

runBench(main, cleanUp);
