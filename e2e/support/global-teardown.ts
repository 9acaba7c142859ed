import { rm } from "node:fs/promises";
import { dropDatabase } from "../../db/testing/test-database";

export default async function globalTeardown() {
  if (process.env.KEEP_TEST_DATABASE) return;
  const name = process.env.E2E_DATABASE_NAME;
  if (name) await dropDatabase(name);
  if (process.env.E2E_OUTBOX_DIR) await rm(process.env.E2E_OUTBOX_DIR, { recursive: true, force: true });
}
