import { expect, test } from "@playwright/test";
import { MAIN_ARTICLE, RELATED_TITLES } from "../support/seed-articles";

test("[articles] the home page lists the four seed articles, newest first", async ({ page }) => {
  await page.goto("/");
  // Other specs add their own (older) articles; the seed's four are the newest.
  const cards = page.getByRole("main").getByRole("article");
  const titles = await cards.getByRole("heading", { level: 2 }).allTextContents();
  expect(titles.slice(0, 4)).toEqual([...RELATED_TITLES, MAIN_ARTICLE.title]);
  await expect(cards.first()).toContainText("NHK");
  await expect(cards.nth(2)).toContainText("Japan Times");
  await expect(cards.first()).toContainText(/ago/);
  await expect(cards.first()).toContainText("No comments");
});

test("[articles] the main article shows its text, the empty thread and three related articles", async ({ page }) => {
  await page.goto(`/articles/${MAIN_ARTICLE.slug}`);
  await expect(page).toHaveTitle(`${MAIN_ARTICLE.title} — Parley`);
  const story = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
  await expect(story.getByRole("heading", { level: 1 })).toHaveText(MAIN_ARTICLE.title);
  await expect(story).toContainText("The meeting began shortly before 3 p.m. on Monday at a palace in Istanbul.");
  await expect(story.locator("p")).toHaveCount(9); // meta line + eight paragraphs
  const published = story.locator("time").first();
  await expect(published).toHaveAttribute("datetime", "2025-06-02T12:40:00.000Z");
  await expect(published).toHaveAttribute("title", /Monday, 2 June 2025/);

  await expect(page.getByRole("heading", { name: "Hashtags" })).toHaveCount(0);
  const comments = page.getByRole("region", { name: "Comments" });
  await expect(comments).toContainText("No comments yet...");

  const related = page.getByRole("complementary", { name: "Related Articles" });
  const cards = related.getByRole("article");
  await expect(cards).toHaveCount(3);
  const titles = await cards.getByRole("heading", { level: 3 }).allTextContents();
  expect(titles.sort()).toEqual([...RELATED_TITLES].sort());
  for (const card of await cards.all()) {
    await expect(card).toContainText(/NHK|Japan Times/);
    await expect(card.locator("time")).toHaveText(/ago$/);
  }
});

test("[articles] a related article link opens that article", async ({ page }) => {
  await page.goto(`/articles/${MAIN_ARTICLE.slug}`);
  const related = page.getByRole("complementary", { name: "Related Articles" });
  await related.getByRole("link", { name: "The Europeans are facing an existential choice" }).click();
  await expect(page).toHaveURL(/\/articles\/the-europeans-are-facing-an-existential-choice$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Europeans are facing an existential choice");
  await expect(page.getByText("By Radosław Sikorski")).toBeVisible();
  await expect(page.getByText("© Project Syndicate, 2025")).toBeVisible();
});

test("[articles] an unknown article is a real 404", async ({ page }) => {
  const response = await page.goto("/articles/no-such-story");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of ["/", `/articles/${MAIN_ARTICLE.slug}`]) {
    test(`[articles] ${path} has no horizontal scroll at 375 px`, async ({ page }) => {
      await page.goto(path);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    });
  }
});
