import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/** Chromium as playwright.config.ts launches it: Debian's where there is one, Playwright's own elsewhere. */
export function chromiumLaunchOptions(): LaunchOptions {
  const system = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));
  if (!system) return {};
  const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
  return { executablePath: system, args };
}
