// Runs once per server process, before the first request: validate the environment,
// bring the schema up to date and give an empty database the demo articles.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (!env().AUTO_MIGRATE) return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
}
