import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PgliteServer, servePglite } from "./pglite-server";

// The app's own handle and a command on the socket share one PGlite session: neither may run inside
// the other's transaction. Each case lets one side open a transaction, has the other write meanwhile,
// and checks what is stored once the first side rolls back.

const dir = mkdtempSync(path.join(tmpdir(), "parley-socket-"));
const app = new PGlite();
let server: PgliteServer;
let command: postgres.Sql;

beforeAll(async () => {
  await app.exec("create table notes (id int primary key, body text not null)");
  server = await servePglite(app, path.join(dir, "pglite.sock"));
  command = postgres({ path: server.socketPath, max: 1, prepare: false, username: "postgres", database: "postgres", onnotice: () => {} });
  await command`select 1`; // connected, so its writes below need one round trip each
});

afterAll(async () => {
  await command.end();
  await server.stop();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function bodies(): Promise<string[]> {
  return (await app.query<{ body: string }>("select body from notes order by id")).rows.map((r) => r.body);
}

it("serves only its owner, on a socket file only the owner can open", () => {
  expect(statSync(server.socketPath).mode & 0o777).toBe(0o600);
});

it("keeps a command's write out of an app transaction that rolls back", async () => {
  await app.exec("delete from notes");
  let commandWrite: Promise<unknown> | undefined;
  await app.transaction(async (tx) => {
    await tx.query("insert into notes values (1, 'app, rolled back')");
    commandWrite = command`insert into notes values (2, 'command')`.execute(); // postgres.js sends only when asked
    // The app awaits other work mid-transaction (a password hash, a fetch) before it gives up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tx.rollback();
  });
  await commandWrite;
  expect(await bodies()).toEqual(["command"]);
});

it("keeps the app's writes out of a command transaction that rolls back", async () => {
  await app.exec("delete from notes");
  let appWrite: Promise<unknown> | undefined;
  const outcome = await command
    .begin(async (tx) => {
      await tx`insert into notes values (1, 'command, rolled back')`;
      appWrite = app.query("insert into notes values (2, 'app')");
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("the command gives up");
    })
    .catch((error: Error) => error.message);
  await appWrite;
  expect(outcome).toBe("the command gives up");
  expect(await bodies()).toEqual(["app"]);
});

it("rolls back what a command left open when it disconnects, and lets the app go on", async () => {
  await app.exec("delete from notes");
  const quitter = postgres({ path: server.socketPath, max: 1, prepare: false, username: "postgres", database: "postgres", onnotice: () => {} });
  await quitter.unsafe("begin; insert into notes values (1, 'never committed')");
  const appWrite = app.query("insert into notes values (2, 'app')");
  quitter.end({ timeout: 0 }).catch(() => {});
  await appWrite;
  expect(await bodies()).toEqual(["app"]);
  expect(app.isInTransaction()).toBe(false);
});
