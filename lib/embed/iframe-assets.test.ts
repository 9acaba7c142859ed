import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// The iframe's own stylesheet and script, served as they are (no build step). Their budgets keep
// the whole embed of a 50-comment thread far under the 30 KB (bench:embed measures it).
const source = (name: string) => readFileSync(path.join(import.meta.dirname, "../../public/embed", name), "utf8");
const gzipped = (name: string) => gzipSync(source(name), { level: 9 }).length;

describe("the iframe's assets", () => {
  it("thread.css is at most 2 KB gzipped, and thread.js at most 2.5 KB", () => {
    expect(gzipped("thread.css")).toBeLessThanOrEqual(2048);
    expect(gzipped("thread.js")).toBeLessThanOrEqual(2560);
  });

  it("thread.js has no dependencies and addresses every message to the validated parent origin", () => {
    const code = source("thread.js");
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
    expect([...code.matchAll(/postMessage\(([^)]*)\)/g)].map((m) => m[1]!.split(",").at(-1)!.trim())).toEqual(["parentOrigin"]);
  });
});
