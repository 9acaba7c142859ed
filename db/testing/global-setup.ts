import type { TestProject } from "vitest/node";
import { closeDb, getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemoContent } from "../seed";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh Postgres database per test run, migrated and seeded like a new install. */
export default async function setup(project: TestProject) {
  const name = uniqueDatabaseName("parley_test");
  const url = await createDatabase(name);
  process.env.DATABASE_URL = url;
  await migrateDatabase();
  await seedDemoContent(getDb());
  await closeDb();
  project.provide("databaseUrl", url);
  return async () => {
    if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(name);
  };
}
