import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { sessionCookie } from "../support/session";
import { expect, test } from "./fixtures";

const REASON = "Repeated personal attacks on other readers";
const DAY = 24 * 3600_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test("[moderation] a banned reader is refused with the reason, on the page and through the API", async ({ pageAs, request, baseURL }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 1 });
  const reader = world.users[0]!;

  const queue = new ModerationQueuePage(await pageAs(world.moderators[0]!));
  await queue.goto("all", { article: world.slug });
  const entry = queue.entry("Top-level comment number 1");
  const earliest = dayOf(Date.now() + 7 * DAY);
  await queue.banAuthor(entry, "7 days", REASON);
  await expect(queue.notice).toHaveText(/^Banned until \w+day, \d{1,2} \w+ \d{4} at \d\d:\d\d UTC\.$/);
  const latest = dayOf(Date.now() + 7 * DAY);
  await expect(entry.locator(".badge", { hasText: "Banned" })).toHaveText(new RegExp(`^Banned until (${earliest}|${latest})$`));
  await expect(entry.getByRole("button", { name: "Lift ban" })).toBeVisible();

  const thread = new ThreadPage(await pageAs(reader));
  await thread.goto(world.slug);
  const notice = thread.section.getByRole("status").filter({ hasText: "You are banned from commenting" });
  await expect(notice).toHaveText(new RegExp(`^You are banned from commenting until .+\\. Reason: ${REASON}\\. You can still read\\.$`));
  await expect(thread.commentBox).toHaveCount(0);
  await expect(thread.comment("Top-level comment number 1")).toBeVisible();

  const response = await request.post(`/api/articles/${world.slug}/comments`, {
    headers: { "content-type": "application/json", origin: baseURL!, cookie: await sessionCookie(reader), "x-forwarded-for": "10.250.0.1" },
    data: { body: "Posting around the ban" },
  });
  expect(response.status()).toBe(403);
  const { error } = await response.json();
  expect(error.code).toBe("forbidden");
  expect(error.message).toMatch(/^You are banned from commenting until .+ UTC\. Reason: /);
  expect(error.message).toContain(REASON);

  await thread.page.reload();
  await expect(thread.heading).toHaveText("Comments (1)");
});

test("[moderation] a ban on one site refuses the reader's comments there, shows on People, and is lifted there", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, admins: 1, topLevel: 1 });
  const queue = new ModerationQueuePage(await pageAs(world.moderators[0]!));
  await queue.goto("all", { article: world.slug });
  const entry = queue.entry("Top-level comment number 1");
  await queue.banAuthor(entry, "7 days", REASON, "On Daily8 only");
  await expect(queue.notice).toHaveText(/^Banned on Daily8 until \w+day, \d{1,2} \w+ \d{4} at \d\d:\d\d UTC\.$/);

  const thread = new ThreadPage(await pageAs(world.users[0]!));
  await thread.goto(world.slug);
  await thread.section.getByLabel(/^Comment as/).fill("Posting on the site I'm banned from");
  await thread.section.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.section.getByText(/^You are banned from commenting on this site/)).toHaveText(new RegExp(`^You are banned from commenting on this site until .+ UTC\\. Reason: ${REASON}$`));

  const people = await pageAs(world.admins[0]!);
  await people.goto(`/moderate/people?q=${encodeURIComponent(world.users[0]!.email)}`);
  await expect(people.getByText(/^banned on Daily8 until /)).toBeVisible();
  await people.getByRole("button", { name: "Lift ban on Daily8" }).click();
  await expect(people.getByText("Ban lifted.")).toBeVisible();
  await expect(people.getByRole("button", { name: "Lift ban on Daily8" })).toHaveCount(0);

  await thread.page.reload();
  await thread.post("Back on Daily8");
});
