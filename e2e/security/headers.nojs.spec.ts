import { expect, test } from "../moderation/fixtures";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { watchCspViolations } from "./csp-violations";

test("[security] without JavaScript, forms post under the policy (form-action 'self') with no violation reported", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, topLevel: 1 });
  const page = await pageAs(world.users[0]!);
  const violations = watchCspViolations(page);
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);
  await thread.post("Posted without JavaScript under the policy");
  await page.goto("/sign-in");
  expect(violations).toEqual([]);
});
