import { expect, test } from "@playwright/test";
import { seedWorld } from "../support/seed-world";
import { signInAs } from "../support/session";

test.use({ viewport: { width: 375, height: 740 } });

test("[moderation] at 375 px a moderator's header fits without horizontal scroll", async ({ page, context, baseURL }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 1 });
  await signInAs(context, world.moderators[0]!, baseURL!);
  for (const path of [`/articles/${world.slug}`, "/moderate", "/moderate/log"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: /^Moderate/ })).toBeVisible();
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth!);
  }
});
