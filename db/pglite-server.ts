import { chmodSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { nextFrontendMessage, readyStatus, ROLLBACK, SYNC } from "./pg-wire";

// The process that holds the embedded database serves it to local commands over a unix socket
// (the Postgres wire protocol, which postgres.js speaks). PGlite is one session shared with the
// app's own queries, so a command must never run inside the app's transaction nor the app inside
// the command's: a connection holds PGlite's transaction lock from its first message until
// Postgres reports the session idle again (ReadyForQuery 'I'), which spans a whole extended-query
// batch or a whole BEGIN..COMMIT. @electric-sql/pglite-socket takes only the per-statement lock,
// which lets a command's write land in the app's transaction and vanish with its rollback.

/** A command that holds the database this long without a word is cut off and rolled back. */
const IDLE_WHILE_HOLDING_MS = 30_000;

export type PgliteServer = { socketPath: string; stop: () => Promise<void> };

export async function servePglite(db: PGlite, socketPath: string): Promise<PgliteServer> {
  await db.waitReady;
  rmSync(socketPath, { force: true }); // left behind by a holder that was killed
  const connections = new Map<Socket, Promise<void>>();
  const server = createServer((socket) => connections.set(socket, serveConnection(db, socket)));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  const removeSocket = () => rmSync(socketPath, { force: true });
  process.once("exit", removeSocket);
  return {
    socketPath,
    async stop() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of connections.keys()) socket.destroy();
      await Promise.all([...connections.values(), closed]);
      process.off("exit", removeSocket);
      removeSocket();
    },
  };
}

/** Answers one client's messages in order; resolves once the client is gone and the lock released. */
function serveConnection(db: PGlite, socket: Socket): Promise<void> {
  let buffer = Buffer.alloc(0);
  let startup = true;
  let release: (() => void) | null = null;
  let queue = Promise.resolve();

  const run = async (message: Buffer) => {
    if (socket.destroyed) return;
    if (!release) {
      release = await holdTransactionLock(db);
      socket.setTimeout(IDLE_WHILE_HOLDING_MS);
    }
    const reply = Buffer.from(await db.runExclusive(() => db.execProtocolRaw(message)));
    socket.write(reply);
    if (readyStatus(reply) === "I") {
      socket.setTimeout(0);
      release();
      release = null;
    }
  };

  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let next = nextFrontendMessage(buffer, startup); next; next = nextFrontendMessage(buffer, startup)) {
      buffer = buffer.subarray(next.length);
      if (next.kind === "terminate") return void socket.end();
      if (next.kind === "refuse-ssl") socket.write("N");
      else if (next.kind === "message") {
        if (next.isStartup) startup = false;
        const message = next.bytes;
        queue = queue.then(() => run(message)).catch(() => void socket.destroy());
      }
    }
  });
  socket.on("timeout", () => socket.destroy());
  socket.on("error", () => socket.destroy());

  return new Promise((resolve) => {
    socket.once("close", () => {
      queue = queue.then(async () => {
        if (!release) return;
        try {
          // Whatever the client left half done (a batch without Sync, an open transaction) ends here.
          await db.runExclusive(async () => {
            await db.execProtocolRaw(SYNC);
            if (db.isInTransaction()) await db.execProtocolRaw(ROLLBACK);
          });
        } finally {
          release();
          release = null;
        }
      });
      void queue.catch(() => {}).then(resolve);
    });
  });
}

/**
 * PGlite's own transaction lock, the one its query(), exec() and transaction() wait for, held until
 * the returned function is called. Underscored in PGlite's types but declared there; the
 * concurrency test in pglite-server.test.ts fails if a PGlite upgrade changes what it means.
 */
function holdTransactionLock(db: PGlite): Promise<() => void> {
  return new Promise((held) => {
    void db._runExclusiveTransaction(() => new Promise<void>((release) => held(release)));
  });
}
