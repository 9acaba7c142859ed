// npm run user:role -- <email> <reader|moderator|admin>
import "@/db/command-line";
import { closeDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isAppError } from "@/lib/errors";
import { setRoleByEmail } from "@/lib/moderation/change-role";

const [email, role] = process.argv.slice(2);
const roles = ["reader", "moderator", "admin"] as const;

async function main() {
  if (!email || !roles.includes(role as (typeof roles)[number])) {
    console.error("Usage: npm run user:role -- <email> <reader|moderator|admin>");
    process.exitCode = 2;
    return;
  }
  await migrateDatabase();
  const result = await setRoleByEmail(email, role as (typeof roles)[number]);
  console.log(`${email} is now ${result.role}.`);
}

main()
  .catch((error: unknown) => {
    // A refusal (no such account, an ADMIN_EMAILS admin) is the operator's to fix: its message, no stack.
    if (isAppError(error)) {
      console.error(error.code === "not_found" ? `No account with that email: ${email}` : error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
