// Runs once per server process, before the first request: validate the environment (a bad
// value stops the server here, naming the variable), bring the schema up to date, give an
// empty database the demo articles, and say where the app is.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { AUTO_MIGRATE, NODE_ENV, PORT, SITE_URL, isSiteUrlDerived } = validEnvOrExit(env);
  // Who is really connected, for rate limits behind (or without) a trusted proxy and for the
  // development outbox: a header a client cannot forge (lib/http/peer-stamp.ts).
  const { installPeerStamp } = await import("./lib/http/peer-stamp");
  await installPeerStamp();
  if (NODE_ENV === "production" && isSiteUrlDerived) {
    console.warn(`[parley] SITE_URL is not set: canonical links and Open Graph tags say ${SITE_URL}. Set it to the public origin.`);
  }
  if (AUTO_MIGRATE) {
    const { prepareDatabase } = await import("./db/prepare");
    await prepareDatabase();
  }
  const local = `http://localhost:${PORT ?? 3000}`;
  console.log(`[parley] ready at ${local}${SITE_URL === local ? "" : ` (public address ${SITE_URL})`}`);
}

// Next logs a failed register() and keeps serving 500s; a misconfigured server should not start.
function validEnvOrExit<T>(env: () => T): T {
  try {
    return env();
  } catch (error) {
    console.error(`[parley] ${(error as Error).message}`);
    process.exit(1);
  }
}
