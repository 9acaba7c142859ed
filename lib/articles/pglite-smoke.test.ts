import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { getArticle } from "./get-article";
import { listRelatedArticles } from "./list-related-articles";
import { closeDb, getDatabaseHandle, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent } from "@/db/seed";

const dir = mkdtempSync(path.join(tmpdir(), "parley-pglite-"));

afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

it("runs the same migrations, seed and reads on embedded PGlite, and keeps data across a restart", async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = path.join(dir, "data");

  expect(getDatabaseHandle().driver).toBe("pglite");
  await migrateDatabase();
  await seedDemoContent(getDb());
  await closeDb();

  // A new handle on the same folder stands for a restarted server.
  await migrateDatabase();
  const article = await getArticle("ukraine-russia-hold-second-round-of-direct-talks-in-istanbul");
  expect(article?.sourceName).toBe("NHK");
  expect(article?.paragraphs).toHaveLength(8);
  expect(await listRelatedArticles(article!.id)).toHaveLength(3);
  // Slow by nature: PGlite (Postgres in WebAssembly) migrates a new database twice, ~4 s on a
  // quiet 2-core machine. The budget is for a fully loaded one, not a speed check.
}, 120_000);
