import { mkdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

// The rules belong to the demo site that every test's world shares, and the form
// saves whole lists: two tests saving at once would each drop the other's words.
// So tests that change them take turns, through a directory made atomically.
const LOCK = path.join(os.tmpdir(), `${process.env.E2E_DATABASE_NAME ?? "parley-e2e"}-site-rules.lock`);
// Longer than a test may run, so only a holder that died without releasing is stale.
const STALE_MS = 45_000;

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Runs `task` while no other test of this run changes the site's rules. */
export async function withSiteRules<T>(task: () => Promise<T>): Promise<T> {
  await expect.poll(tryLock, { message: "another test is changing the site rules", timeout: 20_000, intervals: [50, 100, 250] }).toBe(true);
  try {
    return await task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
