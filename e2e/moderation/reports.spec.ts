import { ModerationQueuePage } from "../pages/moderation-queue-page";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { expect, test } from "./fixtures";

const COMMENT = "Top-level comment number 1";

test("[moderation] a reader's report reaches the Reported queue, and a rejection hides the comment from everyone but its author", async ({ pageAs }) => {
  const world = seedWorld({ users: 3, moderators: 1, topLevel: 1 });
  const [author, firstReporter, secondReporter] = world.users;

  const first = new ThreadPage(await pageAs(firstReporter!));
  await first.goto(world.slug);
  await report(first, "Abuse or harassment");
  const second = new ThreadPage(await pageAs(secondReporter!));
  await second.goto(world.slug);
  await report(second, "Something else", "Posts a neighbour's address");

  const queue = new ModerationQueuePage(await pageAs(world.moderators[0]!));
  await queue.goto("reported", { article: world.slug });
  await expect(queue.tab("Reported")).toHaveAttribute("aria-current", "page");
  const entry = queue.entry(COMMENT);
  await expect(entry).toContainText("Reported by 2 readers:");
  await expect(entry.getByRole("listitem")).toHaveText(["Abuse or harassment", "Something else: “Posts a neighbour's address”"], { useInnerText: true });
  await expect(entry).toContainText(author!.name);

  await queue.reject(entry, "Personal details of another person");
  await expect(queue.notice).toHaveText("Comment rejected.");
  await expect(queue.entries).toHaveCount(0);
  await expect(queue.main).toContainText("Nothing here. Well done.");

  await first.page.reload();
  await expect(first.heading).toHaveText("Comments");
  await expect(first.comment(COMMENT)).toHaveCount(0);

  const own = new ThreadPage(await pageAs(author!));
  await own.goto(world.slug);
  const rejected = own.comment(COMMENT);
  await expect(rejected.locator(".badge", { hasText: "Rejected" })).toBeVisible();
  await expect(rejected).toContainText("Personal details of another person");
});

async function report(thread: ThreadPage, reason: string, note?: string) {
  const comment = thread.comment(COMMENT);
  await comment.locator("summary", { hasText: "Report" }).click();
  await comment.getByLabel(reason, { exact: true }).check();
  if (note) await comment.getByLabel(/^Note for the moderators/).fill(note);
  await comment.getByRole("button", { name: "Send report" }).click();
  await expect(comment.getByText("Thanks. The moderators will take a look.")).toBeVisible();
}
