import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// Set by .ci/run: each runner writes its results there as JSON, for the slowest-tests summary.
const timingsDir = process.env.TEST_TIMINGS_DIR;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "db/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.{ts,tsx}"],
    globalSetup: ["db/testing/global-setup.ts"],
    setupFiles: ["db/testing/setup-env.ts"],
    // A budget against hangs, not a speed check: no test here takes 2 s on a quiet 2-core
    // machine, and a loaded one (every core busy with other work) is several times slower.
    // A test slow by nature (PGlite in WebAssembly) states its own, larger budget.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: timingsDir ? ["default", "json"] : ["default"],
    outputFile: timingsDir ? { json: path.join(timingsDir, "vitest.json") } : undefined,
  },
});
