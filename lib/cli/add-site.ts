// npm run site:add -- --name NAME --origin ORIGIN [--origin ORIGIN…]
import "@/db/command-line";
import { parseArgs } from "node:util";
import { closeDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isAppError } from "@/lib/errors";
import { createSiteFromCommandLine } from "@/lib/sites/create-site";

const USAGE = "Usage: npm run site:add -- --name NAME --origin ORIGIN [--origin ORIGIN…]";

function readArguments(): { name: string; origins: string[] } | null {
  try {
    const { values } = parseArgs({ options: { name: { type: "string" }, origin: { type: "string", multiple: true } }, strict: true, allowPositionals: false });
    return { name: values.name ?? "", origins: values.origin ?? [] };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return null;
  }
}

async function main() {
  const input = readArguments();
  if (!input) {
    process.exitCode = 2;
    return;
  }
  await migrateDatabase();
  const site = await createSiteFromCommandLine(input);
  console.log(JSON.stringify({ id: site.publicId, ssoSecret: site.ssoSecret }));
}

main()
  .catch((error: unknown) => {
    // Bad arguments are the operator's to fix: every problem, no stack.
    if (isAppError(error)) {
      const problems = Object.values(error.fieldErrors ?? {}).flat();
      console.error(`${problems.length ? problems.join("\n") : error.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
