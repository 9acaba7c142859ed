import { readFileSync } from "node:fs";
import path from "node:path";

export type Action = { id: string; name: string; pages: string[] };

const NEXT_SERVER = path.resolve(import.meta.dirname, "../../.next/server");

/**
 * Every page and route handler of the build, as URL patterns ("/articles/[slug]"): read from
 * Next's own manifest, so a new route is covered without being listed here.
 */
export function listRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_SERVER, "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => !key.includes("/_global-error/") && !key.includes("/_not-found/"))
    .map(toUrlPattern);
}

/** Every server action of the build, with the pages that can run it. */
export function listActions(): Action[] {
  const manifest = JSON.parse(readFileSync(path.join(NEXT_SERVER, "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName ?? id,
    pages: Object.keys(entry.workers).map((worker) => toUrlPattern(worker.replace(/^app/, ""))),
  }));
}

// "/(site)/articles/[slug]/page" → "/articles/[slug]"; "/api/counts/route" → "/api/counts".
function toUrlPattern(key: string): string {
  const url = key
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/");
  return url || "/";
}
