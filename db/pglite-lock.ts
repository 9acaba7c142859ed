import { readFileSync, rmSync, writeFileSync } from "node:fs";

// PGlite has no cross-process lock: two processes on one data folder silently lose writes.
// A file beside the folder names the process that holds it (first line) and, once that process
// serves the database to local commands, the socket it listens on (second line).
export type DirLockHolder = { pid: number; socketPath?: string };

/** Takes the folder for this process, or throws if a live process holds it. Returns the release. */
export function acquireDirLock(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  try {
    writeFileSync(lockPath, `${process.pid}\n`, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = getLiveHolder(dir);
    if (holder) {
      throw new Error(
        `The embedded database at ${dir} is in use by process ${holder.pid}. ` +
          "Stop that process, or point this one at another folder with PGLITE_DIR.",
      );
    }
    writeFileSync(lockPath, `${process.pid}\n`);
  }
  const release = () => {
    process.off("exit", release);
    if (readLock(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
  };
  process.once("exit", release);
  return release;
}

/** Records, for commands started later, where this process serves the folder it holds. */
export function advertiseSocket(dir: string, socketPath: string): void {
  writeFileSync(`${dir}.lock`, `${process.pid}\n${socketPath}\n`);
}

/** The other live process that holds the folder, if any; a lock left by a dead one counts as free. */
export function getLiveHolder(dir: string): DirLockHolder | null {
  const holder = readLock(`${dir}.lock`);
  if (!holder || holder.pid === process.pid || !isAlive(holder.pid)) return null;
  return holder;
}

/**
 * A holder names its socket a moment after it takes the folder (once PGlite is up): a command
 * started in that moment waits for it rather than failing on the lock.
 */
export async function waitForHolderSocket(dir: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let holder = getLiveHolder(dir); holder && !holder.socketPath && Date.now() < deadline; holder = getLiveHolder(dir)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function readLock(lockPath: string): DirLockHolder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    return null;
  }
  const [pid, socketPath] = text.split("\n");
  return { pid: Number(pid), socketPath: socketPath || undefined };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
