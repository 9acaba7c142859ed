import { execFileSync } from "node:child_process";
import { databaseUrlFor } from "../../db/testing/test-database";
import type { SeededUser } from "./seed-world";

export type EmbedWorld = { sitePublicId: string; pageKey: string; threadId: number; users: SeededUser[]; topLevelIds: number[] };

/** A fresh embedding site allowing `allowedOrigins`, with one page's thread and its comments. */
export function seedEmbed(spec: { allowedOrigins: string[]; topLevel?: number; users?: number }): EmbedWorld {
  const out = execFileSync("node", ["--conditions=react-server", "--import", "tsx", "e2e/support/seed-embed-cli.ts", JSON.stringify(spec)], {
    env: { ...process.env, DATABASE_URL: databaseUrlFor(process.env.E2E_DATABASE_NAME!) },
    encoding: "utf8",
  });
  return JSON.parse(out) as EmbedWorld;
}
