import { readFileSync, rmSync, writeFileSync } from "node:fs";

// PGlite has no cross-process lock: two processes on one data folder silently lose writes.
// A pid file beside the folder makes the second opener fail loudly instead.
export function acquireDirLock(dir: string): void {
  const lockPath = `${dir}.lock`;
  try {
    writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number(readFileSync(lockPath, "utf8"));
    if (holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dir} is in use by process ${holder}. ` +
          "Stop that process, or point this one at another folder with PGLITE_DIR.",
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  process.once("exit", () => {
    try {
      if (Number(readFileSync(lockPath, "utf8")) === process.pid) rmSync(lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  });
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
