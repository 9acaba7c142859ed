import { closeDb } from "../../db/client";

/** Runs a seeding script and prints what it made as JSON for the test that asked. */
export function printSeeded(seed: () => Promise<unknown>): void {
  seed()
    .then(async (world) => {
      process.stdout.write(JSON.stringify(world));
      await closeDb();
    })
    .catch(async (error) => {
      console.error(error);
      await closeDb();
      process.exit(1);
    });
}
