import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrlFor } from "../../db/testing/test-database";
import { embedSessionCookie } from "../support/embed-session";
import { sessionCookie } from "../support/session";
import { seedWorld } from "../support/seed-world";
import { fingerprintDatabase } from "./fingerprint";
import { type MalformedRequest, generateRequest } from "./generate";
import { seededRandom } from "./random";
import { sendAll } from "./send";
import { listActions, listRoutes } from "./targets";

// A bounded run in CI; `npm run test:malformed` sends more (MALFORMED_REQUESTS) with a new seed.
const COUNT = Number(process.env.MALFORMED_REQUESTS || 2_500);
// Set once per run by playwright.config.ts, or by hand to replay a run.
const SEED = Number(process.env.MALFORMED_SEED);

// The budget grows with the count: a slow request is not a failure here, a 5xx or a hang is.
test.setTimeout(120_000 + COUNT * 200);

test(`[hardening] ${COUNT} generated malformed requests to every route and action get no 5xx and change nothing (seed ${SEED})`, async ({ baseURL }) => {
  const databaseUrl = databaseUrlFor(process.env.E2E_DATABASE_NAME!);
  const world = seedWorld({ users: 2, moderators: 2, admins: 1, topLevel: 3 });
  const [reader, bannedReader] = world.users as [typeof world.users[0], typeof world.users[0]];
  const [moderator, bannedModerator] = world.moderators as [typeof world.users[0], typeof world.users[0]];
  await banForGood(databaseUrl, [bannedReader.id, bannedModerator.id]);
  const people = [reader, moderator, world.admins[0]!, bannedReader, bannedModerator];
  const url = new URL(baseURL!);
  const homeSite = await firstSite(databaseUrl);
  const surface = {
    routes: listRoutes(),
    actions: listActions(),
    slug: world.slug,
    siteId: homeSite.publicId,
    host: url.host,
    origin: url.origin,
    // The embed's own session too: a reader signed in inside the iframe, and one who is banned.
    cookies: [null, null, ...(await Promise.all(people.map(sessionCookie))), embedSessionCookie(reader.id, homeSite.id), embedSessionCookie(bannedReader.id, homeSite.id)],
  };
  const random = seededRandom(SEED);
  const requests = Array.from({ length: COUNT }, () => generateRequest(random, surface));

  const before = await fingerprintDatabase(databaseUrl);
  const answers = await sendAll(Number(url.port), requests, { concurrency: 4, timeoutMs: 60_000 });
  const after = await fingerprintDatabase(databaseUrl);

  const byStatus: Record<string, number> = {};
  const problems = [];
  for (const [i, answer] of answers.entries()) {
    const key = "status" in answer ? String(answer.status) : "unsendable" in answer ? "unsendable" : "no answer";
    byStatus[key] = (byStatus[key] ?? 0) + 1;
    if (("status" in answer && answer.status >= 500) || ("failed" in answer && !overNodeHeaderLimit(requests[i]!))) {
      const { kind, method, path, headers, body } = requests[i]!;
      problems.push({ answer, kind, method, path: path.slice(0, 300), headers, body: String(body ?? "").slice(0, 300) });
    }
  }
  const report = { seed: SEED, count: COUNT, byStatus, routes: surface.routes, actions: surface.actions.map((a) => a.name), problems };
  writeFileSync(test.info().outputPath("malformed-report.json"), JSON.stringify(report, null, 2));
  console.log(`[malformed] seed ${SEED}: ${JSON.stringify(byStatus)}`);
  expect(problems, `5xx or no answer (replay with MALFORMED_SEED=${SEED})`).toEqual([]);
  expect(after).toEqual(before);
});

/**
 * Node's HTTP parser answers 431 to more than 16 KB of request line and headers and closes at
 * once, before any of Parley runs; a client still writing then sees a reset instead.
 */
function overNodeHeaderLimit({ path, headers }: MalformedRequest): boolean {
  return path.length + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) > 16 * 1024;
}

async function firstSite(databaseUrl: string): Promise<{ id: number; publicId: string }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [site] = await sql<{ id: string; publicId: string }[]>`select id, public_id as "publicId" from sites order by id limit 1`;
    return { id: Number(site!.id), publicId: site!.publicId };
  } finally {
    await sql.end();
  }
}

async function banForGood(databaseUrl: string, userIds: string[]): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`update users set banned_at = now(), ban_reason = 'malformed-input test' where id in ${sql(userIds)}`;
  } finally {
    await sql.end();
  }
}
