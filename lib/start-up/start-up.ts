import { prepareDatabase } from "@/db/prepare";
import { type Env, env } from "@/lib/env";
import { installPeerStamp } from "@/lib/http/peer-stamp";

/**
 * Once per server process, before the first request (instrumentation.ts): validate the
 * environment (a bad value stops the server here, naming the variable), bring the schema up to
 * date, give an empty database the demo articles, and say where the app is.
 */
export async function startUp(): Promise<void> {
  const { AUTO_MIGRATE, NODE_ENV, PORT, SITE_URL, isSiteUrlDerived } = validEnvOrExit();
  // Who is really connected, for rate limits behind (or without) a trusted proxy and for the
  // development outbox: a header a client cannot forge (lib/http/peer-stamp.ts).
  await installPeerStamp();
  if (NODE_ENV === "production" && isSiteUrlDerived) {
    console.warn(`[parley] SITE_URL is not set: canonical links and Open Graph tags say ${SITE_URL}. Set it to the public origin.`);
  }
  if (AUTO_MIGRATE) await prepareDatabase();
  const local = `http://localhost:${PORT ?? 3000}`;
  console.log(`[parley] ready at ${local}${SITE_URL === local ? "" : ` (public address ${SITE_URL})`}`);
}

// Next logs a failed register() and keeps serving 500s; a misconfigured server should not start.
function validEnvOrExit(): Env {
  try {
    return env();
  } catch (error) {
    console.error(`[parley] ${(error as Error).message}`);
    process.exit(1);
  }
}
