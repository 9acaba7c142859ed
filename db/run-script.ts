import { closeDb } from "./client";

/** Runs a command-line task against the configured database, then closes it. */
export function runScript(task: () => Promise<void>): void {
  task()
    .then(closeDb)
    .catch(async (error: unknown) => {
      console.error(error);
      await closeDb().catch(() => {});
      process.exitCode = 1;
    });
}
