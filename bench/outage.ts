import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed";
import { seedUser } from "@/db/testing/factories";
import { type Cluster, createCluster, whyNoCluster } from "@/db/testing/throwaway-cluster";
import { articles } from "@/db/schema";
import { type RunningApp, ensureBuild, freePort, startApp } from "./app-server";
import { AUTH_SECRET } from "./config";
import { type Sample, summarize } from "./outage-report";

// `npm run bench:outage`: a steady load of pages, API reads and session checks against the built app
// on a throw-away Postgres (port 5499, or OUTAGE_PG_PORT), which is stopped for OUTAGE_SECONDS and
// started again. Writes bench/results/outage.json. The shared server on 5432 is never touched.
const PG_PORT = Number(process.env.OUTAGE_PG_PORT || 5499);
const OUTAGE_SECONDS = 10;
const BEFORE_SECONDS = 5;
const AFTER_SECONDS = 10;
const WORKERS = 8;
const SESSION_COOKIE = "authjs.session-token";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: Cluster | undefined;
let app: RunningApp | undefined;

async function main() {
  const why = whyNoCluster();
  if (why) throw new Error(`cannot make a throw-away Postgres here: ${why}`);
  ensureBuild(process.argv.includes("--build") ? "always" : "when-needed");
  cluster = createCluster(PG_PORT);
  process.env.DATABASE_URL = cluster.url;
  await migrateDatabase();
  await seedDemoContent(getDb());
  const [{ slug } = { slug: "" }] = await getDb().select({ slug: articles.slug }).from(articles).limit(1);
  const readers = await Promise.all([1, 2, 3, 4].map(() => seedUser()));
  await closeDb();
  const cookies = await Promise.all(readers.map(async (r) => `${SESSION_COOKIE}=${await encode({ token: { sub: r.id, name: r.name, email: r.email }, secret: AUTH_SECRET, salt: SESSION_COOKIE })}`));
  app = await startApp({ port: await freePort(3610), databaseUrl: cluster.url, readyPath: "/", logFile: "bench/results/outage-app.log" });

  const targets = ["/", `/articles/${slug}`, `/api/articles/${slug}/comments`, `/api/counts?articles=${slug}`, "/api/auth/session"];
  const samples: Sample[] = [];
  const t0 = Date.now();
  const marks = { stoppedAt: 0, startedAt: 0 };
  let running = true;
  const worker = async (w: number) => {
    for (let i = w; running; i++) {
      const target = targets[i % targets.length]!;
      const cookie = i % 2 === 0 ? cookies[w % cookies.length] : undefined;
      samples.push(await send(app!.origin + target, target, cookie, t0));
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  await sleep(BEFORE_SECONDS * 1000);
  marks.stoppedAt = Date.now() - t0;
  cluster.stop();
  await sleep(OUTAGE_SECONDS * 1000);
  marks.startedAt = Date.now() - t0;
  cluster.start();
  await sleep(AFTER_SECONDS * 1000);
  running = false;
  await load;

  const report = { measuredAt: new Date().toISOString(), settings: { workers: WORKERS, outageSeconds: OUTAGE_SECONDS, targets }, ...summarize(samples, marks) };
  mkdirSync("bench/results", { recursive: true });
  const file = path.join("bench/results", "outage.json");
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(`[outage] written to ${file}`);
}

async function send(url: string, target: string, cookie: string | undefined, t0: number): Promise<Sample> {
  const sentAt = Date.now();
  try {
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    const body = await response.text();
    const cleared = response.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`) && /max-age=0|expires=thu, 01 jan 1970/i.test(c));
    return {
      target: target.split("?")[0]!.replace(/\/articles\/[^/]+/, "/articles/…"),
      at: sentAt - t0,
      ms: Date.now() - sentAt,
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      cleared: cookie !== undefined && cleared,
      unavailableNotice: /briefly unavailable/i.test(body),
    };
  } catch {
    return { target, at: sentAt - t0, ms: Date.now() - sentAt, status: 0, retryAfter: null, cleared: false, unavailableNotice: false };
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await app?.stop();
    cluster?.destroy();
  });
