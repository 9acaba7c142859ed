import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { seedEmbed } from "../support/seed-embed";
import { signInAs } from "../support/session";
import { PUBLISHER, servePublisherPage } from "./publisher-page";
import { embedUrl } from "./publisher";

// The snippet's options as the iframe shows them: language, theme, and a permalink from the
// publisher's page through the real loader.

test("[embed] lang=de shows the thread's texts in German", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 2 });
  await signInAs(context, world.users[0]!, baseURL!);
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, extra: { lang: "de" } }));
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: "Kommentare (2)" })).toBeVisible();
  await expect(page.getByLabel(`Kommentieren als ${world.users[0]!.name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Kommentar senden" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Neueste" })).toBeVisible();
  await expect(page.getByText("Comment as")).toHaveCount(0);
  // What a write says back is German too.
  await page.getByLabel(`Kommentieren als ${world.users[0]!.name}`).fill("Ein Kommentar");
  await page.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(page.locator("[data-parley-message]")).toHaveText("Ihr Kommentar ist veröffentlicht.");
});

test("[embed] theme=dark sets the dark colour scheme, and theme=auto follows the reader's", async ({ page, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 1 });
  const html = page.locator("html");
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, extra: { theme: "dark" } }));
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(html).toHaveCSS("color-scheme", "dark");
  await expect(html).toHaveCSS("background-color", "rgb(21, 24, 28)");

  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, extra: { theme: "auto" } }));
  await expect(html).toHaveCSS("color-scheme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveCSS("color-scheme", "dark");
});

test("[embed] a permalink on the publisher's page opens the iframe on that comment, highlighted", async ({ page, context, baseURL }) => {
  const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 3 });
  const target = world.topLevelIds[1]!;
  const url = await servePublisherPage(
    context,
    "/story",
    `<!doctype html><title>Story</title><h1>Story</h1>
    <div data-parley-thread data-site="${world.sitePublicId}" data-key="${world.pageKey}"></div>
    <script src="${baseURL}/embed.js" async></script>`,
  );
  await page.goto(`${url}#parley-comment-${target}`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator(`#comment-${target}`)).toHaveClass(/comment--highlight/);
  await expect(frame.getByText("Showing one conversation.")).toBeVisible();
  await expect(frame.locator(".comment--highlight")).toHaveCount(1);
  await expect(frame.getByText("Embedded comment number 1")).toHaveCount(0);
});

for (const theme of ["light", "dark"] as const) {
  test(`[embed] a signed-in reader's thread with a form open has no serious accessibility violations (${theme})`, async ({ page, context, baseURL }) => {
    const world = seedEmbed({ allowedOrigins: [PUBLISHER], topLevel: 3 });
    await signInAs(context, world.users[1]!, baseURL!);
    await page.goto(embedUrl(baseURL!, { site: world.sitePublicId, key: world.pageKey, extra: { theme } }));
    const comment = page.locator(`#comment-${world.topLevelIds[0]}`);
    await comment.locator("summary", { hasText: /^Reply$/ }).click();
    await expect(comment.getByLabel(`Reply to ${world.users[0]!.name}`)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
