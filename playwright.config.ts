import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One throw-away database and sign-in-link outbox per run. Workers re-read this file; the
// values set here by the runner process reach them through the environment they inherit.
const runId = Date.now().toString(36);
process.env.E2E_DATABASE_NAME ??= `parley_e2e_${runId}`;
// The malformed-input generator's seed is in its test's title, which must read the same in every worker.
process.env.MALFORMED_SEED ??= String(Date.now() % 2 ** 31);
const outboxDir = (process.env.E2E_OUTBOX_DIR ??= path.resolve(import.meta.dirname, ".data", `e2e-outbox-${runId}`));

// "localhost", not 127.0.0.1, though the app listens on 127.0.0.1: Next's NextRequest rewrites a
// loopback IP host to "localhost" (even over AUTH_URL), so Auth.js's route handlers see localhost,
// and a browser on 127.0.0.1 gets OAuth redirect_uri mismatches and redirects away from its cookies.
const PORT = Number(process.env.E2E_PORT || 3100);
export const baseURL = `http://localhost:${PORT}`;

// The test OpenID Connect provider (e2e/support/oidc-provider.ts) and the app's client for it.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT || 3199);
const oidc = {
  AUTH_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  AUTH_OIDC_ID: "parley-e2e",
  AUTH_OIDC_SECRET: "parley-e2e-oidc-secret-not-for-production",
  AUTH_OIDC_NAME: "Test SSO",
};

const timingsDir = process.env.TEST_TIMINGS_DIR;

// Debian's Chromium where there is one (this machine, CI); Playwright's own browser elsewhere.
const systemChromium = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));
export const launchOptions: { executablePath?: string; args?: string[] } = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

// The time budget: a hang detector, never a speed check. Measured on this 2-core machine with
// both cores kept busy by other work (load ~17), the slowest test took ~55 s and quiet ~15 s; the
// budgets below are about three times what a fully loaded machine needs, so a test fails on
// behaviour, not on how busy the machine is. Playwright's defaults (30 s a test, 5 s an
// expectation) were hit under load. A test that needs more is split, not given more.
const budget = { test: 180_000, expect: 30_000, action: 30_000, navigation: 60_000 };

export default defineConfig({
  testDir: "e2e",
  timeout: budget.test,
  expect: { timeout: budget.expect },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [
    ["list"],
    ...(process.env.CI ? [] : ([["html", { open: "never" }]] as const)),
    // Set by .ci/run: each runner writes its results there as JSON, for the slowest-tests summary.
    ...(timingsDir ? ([["json", { outputFile: path.join(timingsDir, "playwright.json") }]] as const) : []),
  ],
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL,
    actionTimeout: budget.action,
    navigationTimeout: budget.navigation,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "chromium",
      testIgnore: [/\.nojs\.spec\.ts$/, /malformed\//],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "no-javascript",
      testMatch: /\.nojs\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], launchOptions, javaScriptEnabled: false },
    },
    {
      // Last and alone, so that nothing else writes while it checks the database is unchanged.
      name: "malformed-input",
      testMatch: /malformed\/.*\.spec\.ts$/,
      dependencies: ["chromium", "no-javascript"],
    },
  ],
  webServer: [
    {
      command: "node --conditions=react-server --import tsx e2e/support/start-app.ts",
      url: `${baseURL}/`,
      // Creates, migrates and seeds a database, then starts Next: ~5 s quiet, far more under load.
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        E2E_PORT: String(PORT),
        SITE_URL: baseURL,
        AUTH_URL: baseURL,
        OUTBOX_DIR: outboxDir,
        // The tests stand in for a reverse proxy: each context names its own client address in
        // X-Forwarded-For (so rate limits don't pool across tests), which is believed only from here.
        TRUSTED_PROXIES: "127.0.0.1, ::1",
        ...oidc,
      },
    },
    {
      command: "node --import tsx e2e/support/oidc-provider.ts",
      url: `${oidc.AUTH_OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_APP_URL: baseURL, ...oidc },
    },
  ],
});
