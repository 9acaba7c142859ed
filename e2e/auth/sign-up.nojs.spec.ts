import { expect, test } from "@playwright/test";
import { accountLink, confirmSignUp, ownClientIp, signIn, signOut, startSignUp } from "../support/sign-in";

test.use(ownClientIp);

test("[auth] without JavaScript a reader signs up, confirms by the emailed link and signs in with their password", async ({ page }) => {
  const creds = await startSignUp(page);
  await confirmSignUp(page, creds);
  await signOut(page);
  await signIn(page, creds);
  await expect(accountLink(page, creds.name)).toBeVisible();
});
