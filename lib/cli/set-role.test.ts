import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, rmSync, statSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { moderationActions, users } from "@/db/schema";
import { makeCheckout, runNpmScript } from "./testing";

// The real `npm run user:role`, run as an operator would: from a checkout whose .env.local names the
// embedded database, once while an app (this test process) holds that database and serves it,
// and once with no app running.

const { work, checkout, pgliteDir } = makeCheckout("parley-cli-");

beforeAll(startApp, 120_000);

afterAll(async () => {
  await closeDb();
  rmSync(work, { recursive: true, force: true });
});

/** This process stands for `npm run dev` on the embedded database: it opens the folder, so it holds and serves it. */
async function startApp() {
  await closeDb();
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = pgliteDir;
  await migrateDatabase();
}

const userRole = (email: string, role: string) => runNpmScript(checkout, "user:role", [email, role]);

async function roleOf(email: string) {
  const [user] = await getDb().select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  return user;
}

it("changes a role while the app holds the embedded database and keeps writing to it", async () => {
  const [ada] = await getDb().insert(users).values({ email: "ada@example.test", name: "Ada" }).returning({ id: users.id });
  await getDb().insert(users).values({ email: "busy@example.test", name: "0" });

  // The app keeps writing meanwhile, half of it in transactions that it rolls back.
  let running = true;
  let committed = 0;
  const appWrites = (async () => {
    for (let n = 1; running; n++) {
      await getDb()
        .transaction(async (tx) => {
          await tx.update(users).set({ name: String(n) }).where(eq(users.email, "busy@example.test"));
          await new Promise((resolve) => setImmediate(resolve));
          if (n % 2 === 0) tx.rollback();
        })
        .then(() => (committed = n), () => {});
    }
  })();
  const result = await userRole("Ada@Example.test", "admin");
  running = false;
  await appWrites;

  expect(result.stderr).toBe("");
  expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining("Ada@Example.test is now admin.") });
  expect((await roleOf("ada@example.test"))?.role).toBe("admin");
  const audit = await getDb()
    .select({ actorId: moderationActions.actorId, rule: moderationActions.rule, before: moderationActions.statusBefore, after: moderationActions.statusAfter })
    .from(moderationActions)
    .where(and(eq(moderationActions.kind, "change_role"), eq(moderationActions.targetUserId, ada!.id)));
  expect(audit).toEqual([{ actorId: null, rule: "command line", before: "reader", after: "admin" }]);
  expect(committed % 2).toBe(1);
  const [busy] = await getDb().select({ name: users.name }).from(users).where(eq(users.email, "busy@example.test"));
  expect(busy?.name).toBe(String(committed));
}, 120_000);

it("says plainly that no account has an unknown email, with exit code 2", async () => {
  const result = await userRole("nobody@example.test", "admin");
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe("No account with that email: nobody@example.test");
}, 120_000);

/** What an app killed with `kill -9` leaves: a lock naming its pid and a socket file nobody listens on. */
async function leaveCrashedHolder() {
  const holder = spawn(process.execPath, ["-e", crashedHolderScript, pgliteDir], { stdio: ["ignore", "pipe", "inherit"] });
  await once(holder.stdout, "data");
  holder.kill("SIGKILL");
  await once(holder, "exit");
  expect(statSync(`${pgliteDir}.sock`).isSocket()).toBe(true);
}

const crashedHolderScript = `
const [dir] = process.argv.slice(1);
require("node:net").createServer().listen(dir + ".sock", () => {
  require("node:fs").writeFileSync(dir + ".lock", process.pid + "\\n" + dir + ".sock\\n");
  console.log("serving");
});`;

it("opens the folder itself when no app holds it, found through .env.local, past a crashed app's lock and socket", async () => {
  await closeDb();
  await leaveCrashedHolder();
  const result = await userRole("ada@example.test", "moderator");
  expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining("ada@example.test is now moderator.") });

  await leaveCrashedHolder();
  await startApp();
  expect((await roleOf("ada@example.test"))?.role).toBe("moderator");
  await expect.poll(() => readFileSync(`${pgliteDir}.lock`, "utf8"), { timeout: 30_000 }).toBe(`${process.pid}\n${pgliteDir}.sock\n`);
}, 120_000);
