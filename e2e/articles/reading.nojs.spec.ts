import { expect, test } from "@playwright/test";
import { MAIN_ARTICLE } from "../support/seed-articles";

test("[articles] without JavaScript the article, its thread block and related articles are all there", async ({ page }) => {
  await page.goto(`/articles/${MAIN_ARTICLE.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MAIN_ARTICLE.title);
  await expect(page.getByRole("region", { name: "Comments" })).toContainText("No comments yet...");
  await expect(page.getByRole("complementary", { name: "Related Articles" }).getByRole("article")).toHaveCount(3);
  await page.getByRole("link", { name: "Parley" }).click();
  await expect(page.getByRole("main").getByRole("article").first()).toContainText("Russian rocket attack on Ukraine's Sumy");
});
