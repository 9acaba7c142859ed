import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { AUTH_SECRET } from "./config";

const NEXT = path.join("node_modules", ".bin", "next");
// What `next build` compiles: a change to any of these makes the last build stale.
const BUILD_INPUTS = ["app", "lib", "db", "instrumentation.ts", "proxy.ts", "next.config.ts", "package-lock.json", "tsconfig.json"];

export type BuildPolicy = "when-needed" | "always" | "never";

/** Runs `next build` when .next/BUILD_ID is missing or older than a source file (or as told); returns whether it built. */
export function ensureBuild(policy: BuildPolicy): boolean {
  const builtAt = existsSync(".next/BUILD_ID") ? statSync(".next/BUILD_ID").mtimeMs : 0;
  const needed = policy === "always" || (policy === "when-needed" && (builtAt === 0 || newestInput() > builtAt));
  if (!needed) return false;
  const result = spawnSync(NEXT, ["build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  return true;
}

function newestInput(): number {
  const newest = (p: string): number => {
    if (!existsSync(p)) return 0;
    const stat = statSync(p);
    if (!stat.isDirectory()) return p.endsWith(".test.ts") ? 0 : stat.mtimeMs;
    return Math.max(0, ...readdirSync(p).map((name) => newest(path.join(p, name))));
  };
  return Math.max(...BUILD_INPUTS.map(newest));
}

/** The first port from `start` that nothing on loopback listens on. */
export async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${start}-${start + 49}`);
}

export type RunningApp = {
  origin: string;
  /** The process group's id: `next start` and anything it spawned. */
  pgid: number;
  stop: () => Promise<void>;
  /** Null while the app runs; once it has exited, how, with the last lines it printed. */
  exitReport: () => string | null;
};

type StartOptions = { port: number; databaseUrl: string; readyPath: string; logFile: string };

/**
 * `next start` on loopback against the bench database, in a process group of
 * its own so stopping it also stops anything it spawned. Its output goes to
 * `logFile`. Resolves once `readyPath` answers 200.
 */
export async function startApp({ port, databaseUrl, readyPath, logFile }: StartOptions): Promise<RunningApp> {
  const app = spawn(NEXT, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      // The load generator stands in for a proxy: each reader's X-Forwarded-For is believed from loopback.
      TRUSTED_PROXIES: "127.0.0.1, ::1",
    },
  });
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, tail.length - 40);
  };
  app.stdout!.on("data", keep);
  app.stderr!.on("data", keep);
  app.once("exit", () => log.end());
  const origin = `http://127.0.0.1:${port}`;
  const running: RunningApp = {
    origin,
    pgid: app.pid!,
    stop: () => stopGroup(app),
    exitReport: () =>
      app.exitCode === null && app.signalCode === null ? null : `next start exited (${app.exitCode ?? app.signalCode}); its last lines:\n${tail.join("\n")}`,
  };
  try {
    await waitForOk(`${origin}${readyPath}`, app);
  } catch (error) {
    await running.stop();
    throw new Error(`the app did not start (log: ${logFile}):\n${tail.join("\n")}`, { cause: error });
  }
  return running;
}

async function waitForOk(url: string, app: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}`);
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

async function stopGroup(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null || !app.pid) return;
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  process.kill(-app.pid, "SIGTERM");
  const timer = setTimeout(() => {
    try {
      process.kill(-app.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
