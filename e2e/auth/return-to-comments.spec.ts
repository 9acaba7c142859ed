import { expect, test } from "@playwright/test";
import { MAIN_ARTICLE } from "../support/seed-articles";
import { confirmSignUp, ownClientIp, signIn, signOut, signUp, startSignUp } from "../support/sign-in";

test.use(ownClientIp);

test("[auth] signing in from \"Sign in to comment\" brings the reader back to the article's comment form", async ({ page }) => {
  const creds = await signUp(page);
  await signOut(page);

  await page.goto(`/articles/${MAIN_ARTICLE.slug}`);
  await page.getByRole("link", { name: "Sign in to comment" }).click();
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${MAIN_ARTICLE.slug}#comments`)}`);

  await signIn(page, creds);
  await expect(page).toHaveURL(`/articles/${MAIN_ARTICLE.slug}#comments`);
  await expect(page.getByRole("region", { name: "Comments" }).getByLabel(`Comment as ${creds.name}`)).toBeVisible();
});

test("[auth] signing up from \"Sign in to comment\" comes back to the article's comment form once the email is confirmed", async ({ page }) => {
  await page.goto(`/articles/${MAIN_ARTICLE.slug}`);
  await page.getByRole("link", { name: "Sign in to comment" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);

  const creds = await startSignUp(page);
  await confirmSignUp(page, creds);
  await expect(page).toHaveURL(`/articles/${MAIN_ARTICLE.slug}#comments`);
  await expect(page.getByRole("region", { name: "Comments" }).getByLabel(`Comment as ${creds.name}`)).toBeVisible();
});
