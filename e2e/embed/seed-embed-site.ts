import { execFileSync } from "node:child_process";
import { databaseUrlFor } from "../../db/testing/test-database";

export type EmbedSiteSpec = { allowedOrigins: string[]; pages: { key: string; url?: string; comments: number }[] };

/** A site of this test's own in the e2e database, its threads holding real comments; returns its public id. */
export function seedEmbedSite(spec: EmbedSiteSpec): { publicId: string } {
  const out = execFileSync("node", ["--conditions=react-server", "--import", "tsx", "e2e/embed/seed-embed-site-cli.ts", JSON.stringify(spec)], {
    env: { ...process.env, DATABASE_URL: databaseUrlFor(process.env.E2E_DATABASE_NAME!) },
    encoding: "utf8",
  });
  return JSON.parse(out) as { publicId: string };
}
