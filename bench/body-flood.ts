// `npm run bench:body-flood`: anonymous clients each stream a 50 MB body at every endpoint that
// reads one, 20 at a time, while the server's resident memory is sampled. Bodies must be refused
// before they are read, so memory stays flat. Figures go to bench/results/body-flood.json.
import { writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { migrateDatabase } from "@/db/migrate";
import { closeDb, getDb } from "@/db/client";
import { seedDemoContent } from "@/db/seed";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/db/testing/test-database";
import { ensureBuild, freePort, startApp } from "./app-server";
import { groupRssMiB } from "./group-rss";

const CLIENTS = 20;
const BODY_MIB = 50;
const CHUNK = Buffer.alloc(64 * 1024, "x");

type Target = { name: string; path: string; headers: Record<string, string>; declareLength: boolean };

function targets(origin: string): Target[] {
  const json = { "content-type": "application/json", origin };
  const form = { "content-type": "application/x-www-form-urlencoded", origin };
  const action = { "content-type": "text/plain;charset=UTF-8", origin, "next-action": "0".repeat(42) };
  return [true, false].flatMap((declareLength) => [
    { name: "comment API", path: "/api/articles/ukraine-russia-hold-second-round-of-direct-talks-in-istanbul/comments", headers: json, declareLength },
    { name: "Auth.js sign-in", path: "/api/auth/callback/credentials", headers: form, declareLength },
    { name: "server action", path: "/", headers: action, declareLength },
  ]);
}

/** Streams up to BODY_MIB at the server until it answers; resolves with the status and what was sent. */
function flood(port: number, target: Target): Promise<{ status: number | string; sentMiB: number }> {
  return new Promise((resolve) => {
    const headers = { ...target.headers, ...(target.declareLength ? { "content-length": String(BODY_MIB * 1024 * 1024) } : {}) };
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: target.path, headers });
    let sent = 0;
    let answered = false;
    const done = (status: number | string) => {
      if (answered) return;
      answered = true;
      req.destroy();
      resolve({ status, sentMiB: Math.round((sent / 1024 / 1024) * 10) / 10 });
    };
    req.on("response", (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", (error) => done((error as NodeJS.ErrnoException).code ?? "error"));
    const write = () => {
      while (!answered && sent < BODY_MIB * 1024 * 1024) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

async function main() {
  ensureBuild("when-needed");
  const name = uniqueDatabaseName("parley_flood");
  const databaseUrl = await createDatabase(name);
  process.env.DATABASE_URL = databaseUrl;
  await migrateDatabase();
  await seedDemoContent(getDb());
  await closeDb();
  const port = await freePort(3250);
  const app = await startApp({ port, databaseUrl, readyPath: "/", logFile: path.resolve(".data/bench/body-flood-app.log") });
  try {
    const idle = groupRssMiB(app.pgid);
    const results = [];
    for (const target of targets(app.origin)) {
      let peak = groupRssMiB(app.pgid);
      const sampler = setInterval(() => (peak = Math.max(peak, groupRssMiB(app.pgid))), 100);
      const answers = await Promise.all(Array.from({ length: CLIENTS }, () => flood(port, target)));
      clearInterval(sampler);
      const statuses = [...new Set(answers.map((a) => a.status))];
      const maxSent = Math.max(...answers.map((a) => a.sentMiB));
      results.push({ endpoint: target.name, lengthDeclared: target.declareLength, statuses, maxSentMiBBeforeAnswer: maxSent, peakRssMiB: peak });
      console.log(`[flood] ${target.name}, ${target.declareLength ? "Content-Length" : "chunked"}: ${statuses.join("/")}, peak RSS ${peak} MiB, the client had pushed up to ${maxSent} MiB when it came`);
    }
    const file = path.resolve("bench/results/body-flood.json");
    writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), clients: CLIENTS, bodyMiB: BODY_MIB, idleRssMiB: idle, results }, null, 2)}\n`);
    console.log(`[flood] idle RSS ${idle} MiB; figures in ${file}`);
  } finally {
    await app.stop();
    await dropDatabase(name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
