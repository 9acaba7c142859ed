import "./command-line";
import { describeDatabase, getDb } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemoContent } from "./seed";
import { runScript } from "./run-script";

runScript(async () => {
  await migrateDatabase();
  await seedDemoContent(getDb());
  console.log(`Demo articles seeded in ${describeDatabase()}.`);
});
