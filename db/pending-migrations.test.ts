import { readdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, expect, it } from "vitest";
import { closeDb, getDb } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { countPendingMigrations } from "./pending-migrations";
import * as schema from "./schema";

const committed = readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql")).length;

afterAll(() => closeDb());

it("counts every committed migration on an empty database, and none once migrated", async () => {
  const client = new PGlite();
  const handle = { driver: "pglite" as const, db: drizzle({ client, schema, casing: "snake_case" }), client };
  try {
    expect(await countPendingMigrations(handle.db)).toBe(committed);
    await migrateDatabase(handle);
    expect(await countPendingMigrations(handle.db)).toBe(0);
  } finally {
    await client.close();
  }
}, 60_000);

it("counts none on the migrated Postgres test database (postgres.js returns rows differently)", async () => {
  expect(await countPendingMigrations(getDb())).toBe(0);
});
