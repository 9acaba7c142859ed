import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**", "bench/results/**"]),
  {
    // The arrow goes one way: app → lib → db. Routes never touch SQL or the schema.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["drizzle-orm", "drizzle-orm/*"], message: "app/ calls lib/; SQL lives in lib/ and db/." },
            { group: ["@/db", "@/db/*", "../db/*", "../../db/*"], message: "app/ calls lib/, never db/ directly." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/*", "@/app/*"], message: "db/ sits below lib/ and app/." }] }],
    },
  },
]);
