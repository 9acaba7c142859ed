import "server-only";
import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env";

type Purpose = "session" | "handoff";

/**
 * A key of its own for each embed token, derived from AUTH_SECRET: an embed cookie can never pass
 * for a hand-off credential or an Auth.js token (or the other way round), and no new secret is
 * needed to run Parley.
 */
export function embedKey(purpose: Purpose): Uint8Array {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: embed sessions are signed with a key derived from it.");
  return new Uint8Array(hkdfSync("sha256", secret, "parley-embed", `parley embed ${purpose} v1`, 32));
}
