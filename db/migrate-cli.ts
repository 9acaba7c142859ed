import "./command-line";
import { describeDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { runScript } from "./run-script";

runScript(async () => {
  await migrateDatabase();
  console.log(`Migrations applied to ${describeDatabase()}.`);
});
