import type { Page } from "@playwright/test";

/** Collects what Chromium reports of Content-Security-Policy refusals on a page. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
