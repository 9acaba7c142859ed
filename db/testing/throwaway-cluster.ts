import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A Postgres server of a test's own (Debian's postgresql-15 binaries), to stop and start at will:
 * the shared server on 5432 must never go down under other tests. Postgres refuses to run as
 * root, so as root every command runs as the `postgres` user, in a folder it owns.
 */
const BIN = "/usr/lib/postgresql/15/bin";

export type Cluster = { url: string; stop(): void; start(): void; destroy(): void };

/** Why no cluster can be made here, or null when one can. */
export function whyNoCluster(): string | null {
  if (!existsSync(path.join(BIN, "initdb"))) return `no Postgres binaries at ${BIN} (Debian's postgresql-15)`;
  if (process.getuid?.() === 0 && !existsSync("/usr/sbin/runuser")) return "running as root without runuser";
  return null;
}

export function createCluster(port: number): Cluster {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-outage-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
  const run = (tool: string, args: string[]) => {
    const [command, full] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(BIN, tool), ...args]] : [path.join(BIN, tool), args];
    execFileSync(command, full, { stdio: "pipe", timeout: 60_000 });
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]);
  const start = () => run("pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c fsync=off`, "-l", path.join(dir, "log"), "-w", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
