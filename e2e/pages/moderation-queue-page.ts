import type { Locator, Page } from "@playwright/test";

export type QueueName = "pending" | "reported" | "rejected" | "all";

/**
 * /moderate, driven by labels and roles. Every test's world shares the demo site,
 * so the queue is always opened filtered to the test's own article.
 */
export class ModerationQueuePage {
  constructor(readonly page: Page) {}

  async goto(queue: QueueName, { article }: { article?: string } = {}) {
    const params = new URLSearchParams({ queue });
    if (article) params.set("article", article);
    await this.page.goto(`/moderate?${params.toString()}`);
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  get tabs(): Locator {
    return this.page.getByRole("navigation", { name: "Queues" });
  }

  tab(label: "Pending" | "Reported" | "Rejected" | "All"): Locator {
    return this.tabs.getByRole("link", { name: new RegExp(`^${label}\\b`) });
  }

  /** The outcome of the last action, read from the polite live region. */
  get notice(): Locator {
    return this.main.locator('[aria-live="polite"] .notice');
  }

  get entries(): Locator {
    return this.main.locator("article[data-queue-entry]");
  }

  entry(text: string | RegExp): Locator {
    return this.entries.filter({ has: this.page.locator(".mod-entry__body", { hasText: text }) });
  }

  /** The error a refused action came back with. */
  get error(): Locator {
    return this.main.locator('[aria-live="polite"] .form-message--error');
  }

  /** An entry's "Edited N times — show history" disclosure. */
  history(entry: Locator): Locator {
    return entry.locator("details.edit-history");
  }

  async approve(entry: Locator) {
    await entry.getByRole("button", { name: "Approve", exact: true }).click();
  }

  async reject(entry: Locator, reason: string) {
    await entry.getByLabel("Reason for rejecting (the author sees it)").fill(reason);
    await entry.getByRole("button", { name: "Reject", exact: true }).click();
  }

  /** `where`: the option to pick ("On Daily8 only"); everywhere when left out. */
  async banAuthor(entry: Locator, duration: "1 day" | "7 days" | "30 days", reason: string, where?: string) {
    await entry.locator("summary", { hasText: "Ban author" }).click();
    // The label wraps the select, so its name runs on into the options' text.
    await entry.getByRole("combobox", { name: /^For\b/ }).selectOption({ label: duration });
    if (where) await entry.getByRole("combobox", { name: "Where" }).selectOption({ label: where });
    await entry.getByLabel("Reason (the reader sees it)").fill(reason);
    await entry.getByRole("button", { name: "Ban", exact: true }).click();
  }
}
