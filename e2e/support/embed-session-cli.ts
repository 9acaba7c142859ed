// Prints the Cookie header pair of an embed session for a user on a site, as the iframe would hold
// it after signing in. Run by embed-session.ts under the react-server condition.
import { startEmbedSession } from "../../lib/embed/embed-session";
import { printSeeded } from "./print-seeded";

const { userId, siteId } = JSON.parse(process.argv[2] ?? "{}") as { userId: string; siteId: number };

printSeeded(async () => (await startEmbedSession({ userId, siteId })).setCookie.split(";")[0]);
