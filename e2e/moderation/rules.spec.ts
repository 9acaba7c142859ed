import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { type PageAs, expect, test } from "./fixtures";
import { withSiteRules } from "./site-rules-lock";

// A word nobody else's comments will contain, since the rules apply to the whole demo site.
function uniqueWord(): string {
  const letters = "bcdfghjkmnpqrstvwxz";
  return `zorb${Array.from({ length: 6 }, () => letters[randomInt(letters.length)]).join("")}`;
}

// Doubles every letter, capitalises it, and writes its "o" as a zero.
const evade = (word: string) => word.replace(/./g, (c) => c + c).toUpperCase().replace("O", "0");

async function addBannedWord(settings: Page, word: string) {
  await settings.goto("/moderate/settings");
  await expect(settings.getByRole("heading", { level: 1 })).toHaveText(/^Rules for /);
  const banned = settings.getByLabel("Banned words (refused with a message)");
  const current = await banned.inputValue();
  await banned.fill(current ? `${current}\n${word}` : word);
  await settings.getByRole("button", { name: "Save rules" }).click();
  await expect(settings.getByText("Rules saved. They apply to the next comment.")).toBeVisible();
  await settings.reload();
  await expect(banned).toHaveValue(new RegExp(`(^|\\n)${word}($|\\n)`));
}

/** Saves a fresh banned word in the site rules, then has a reader post `text(word)`, expecting the refusal. */
async function postBannedWord(pageAs: PageAs, text: (word: string) => string) {
  const world = seedWorld({ users: 1, moderators: 1 });
  const word = uniqueWord();
  const settings = await pageAs(world.moderators[0]!);
  const thread = new ThreadPage(await pageAs(world.users[0]!));
  await thread.goto(world.slug);
  await withSiteRules(async () => {
    await addBannedWord(settings, word);
    await thread.submit(text(word));
    await expect(thread.section.locator(".field__error")).toHaveText(`Your comment contains a word that isn't allowed here: "${word}". Please rephrase.`);
  });
  return { world, settings, thread, word };
}

test("[moderation] a banned word saved in the rules refuses a comment that hides it with extra letters", async ({ pageAs }) => {
  const { world, settings, thread, word } = await postBannedWord(pageAs, (word) => `What a ${evade(word)} take this is`);
  await expect(thread.commentBox).toHaveAttribute("aria-invalid", "true");
  await expect(thread.section.getByRole("article")).toHaveCount(0);
  await thread.page.reload();
  await expect(thread.heading).toHaveText("Comments");
  await expect(thread.section.getByRole("article")).toHaveCount(0);
  await expect(thread.section).toContainText("No comments yet...");

  // Nothing was stored, but the refusal itself is audited, as the rule's doing.
  await settings.goto(`/moderate/log?user=${world.users[0]!.id}`);
  const rows = settings.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole("cell")).toHaveText([/\S/, "Rule: banned_words", "refuse", world.users[0]!.name, "", "", new RegExp(`"${word}"`)]);
});

test("[moderation] a refused comment keeps its text so the reader can rephrase it", async ({ pageAs }) => {
  const text = (word: string) => `What a ${evade(word)} take this is`;
  const { thread, word } = await postBannedWord(pageAs, text);
  await expect(thread.commentBox).toHaveValue(text(word));
});
