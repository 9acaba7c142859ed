import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
// eslint-disable-next-line no-restricted-imports -- a test seeds its own world
import { seedSite } from "@/db/testing/factories";
import { at, post } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { findOrCreateEmbedThread } from "@/lib/threads/find-or-create-embed-thread";
import { getThreadMessages } from "@/lib/threads/messages";
import { readThread } from "@/lib/threads/read-thread";
import { EmbedThread } from "./embed-thread";
import type { ThreadLinks } from "./types";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every source file the module imports, transitively, with the first client module on the way (or null). */
function findClientModule(file: string, seen = new Set<string>()): string | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (/^\s*["']use client["']/.test(source)) return path.relative(root, file);
  for (const [, spec] of source.matchAll(/^(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm)) {
    if (!spec!.startsWith("@/") && !spec!.startsWith(".")) {
      if (spec === "next/link" || spec!.startsWith("next/navigation")) return `${path.relative(root, file)} → ${spec}`;
      continue;
    }
    const base = spec!.startsWith("@/") ? path.join(root, spec!.slice(2)) : path.resolve(path.dirname(file), spec!);
    const resolved = [".tsx", ".ts", "/index.ts"].map((ext) => base + ext).find((f) => { try { readFileSync(f); return true; } catch { return false; } });
    if (!resolved) continue;
    const found = findClientModule(resolved, seen);
    if (found) return found;
  }
  return null;
}

const links: ThreadLinks = {
  sort: (sort) => `/embed/thread?site=s&key=k&sort=${sort}`,
  page: (sort, cursor) => `/embed/thread?site=s&key=k&sort=${sort}&cursor=${cursor}`,
  permalink: (id) => `/embed/thread?site=s&key=k&comment=${id}`,
  all: "/embed/thread?site=s&key=k",
  signIn: "/embed/sign-in?site=s",
};
const forms = { returnUrl: "/embed/thread?site=s&key=k", hidden: { site: "s" } };

async function seedEmbedded(count: number) {
  const site = await seedSite();
  const thread = await findOrCreateEmbedThread({ site, pageKey: `k-${count}`, url: "https://publisher.example/a", title: "A" });
  const author = await seedViewer({ name: "Ada Writer" });
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push(await post(author, thread.id, `Comment **${i}**`, { now: at(i * 61_000) }));
  await post(author, thread.id, "First reply", { parentId: ids[0], now: at(count * 61_000) });
  return { thread: { ...thread, commentCount: count + 1 }, author };
}

describe("EmbedThread", () => {
  it("imports no client component, however deep (renderToStaticMarkup in a route handler cannot render one)", () => {
    expect(findClientModule(path.join(import.meta.dirname, "embed-thread.tsx"))).toBeNull();
    // The check itself can fail: the article page's interactive form is a client module.
    expect(findClientModule(path.join(import.meta.dirname, "interactive/comment-actions.tsx"))).toMatch(/comment-actions\.tsx$/);
  });

  it("renders a signed-out reader's thread as plain HTML: comments, sort links, a next page, the sign-in popup link", async () => {
    const { thread } = await seedEmbedded(3);
    const view = await readThread({ thread, query: { sort: "oldest", limit: "2" }, viewer: null, now: at(10 * 61_000) });
    const html = renderToStaticMarkup(<EmbedThread thread={view} viewer={null} messages={getThreadMessages("en")} links={links} forms={forms} now={at(10 * 61_000)} />);
    expect(html).toContain('<h2 id="comments-heading">Comments (4)</h2>');
    expect(html).toContain("<strong>0</strong>");
    expect(html).toContain("First reply");
    expect(html).toContain('href="/embed/thread?site=s&amp;key=k&amp;sort=newest"');
    expect(html).toMatch(/<a href="\/embed\/thread\?site=s&amp;key=k&amp;sort=oldest&amp;cursor=[\w-]+" class="button button--secondary">Load more comments<\/a>/);
    expect(html).toContain('<a href="/embed/sign-in?site=s" target="_blank" rel="opener" data-parley-popup="">Sign in to comment</a>');
    expect(html).toContain('class="votes votes--readonly"');
    expect(html).not.toContain("<form");
    expect(html).not.toContain("<script");
  });

  it("gives signed-in readers plain forms posting to /embed/actions with the thread URL to come back to, in German", async () => {
    const { thread, author } = await seedEmbedded(1);
    const reader = await seedViewer({ name: "Ben Reader" });
    const render = async (viewer: typeof author) => {
      const view = await readThread({ thread, query: {}, viewer, now: at(61_000) });
      return renderToStaticMarkup(<EmbedThread thread={view} viewer={viewer} messages={getThreadMessages("de-AT")} links={links} forms={forms} now={at(61_000)} />);
    };
    const html = await render(reader);
    for (const action of ["post", "vote", "report", "sign-out"]) expect(html).toContain(`action="/embed/actions/${action}"`);
    expect(html).not.toContain('action="/embed/actions/edit"');
    expect(html).toContain(`<input type="hidden" name="threadId" value="${thread.id}"/>`);
    expect(html).toContain('<input type="hidden" name="return" value="/embed/thread?site=s&amp;key=k"/>');
    expect(html).toContain('<input type="hidden" name="site" value="s"/>');
    expect(html).toMatch(/<button type="submit" value="up" class="vote" aria-pressed="false" name="direction">/);
    expect(html).toContain("Kommentieren als Ben Reader");
    expect(html).toContain("Kommentare (2)");
    expect(html).toContain("Angemeldet als Ben Reader");
    const own = await render(author);
    for (const action of ["edit", "delete"]) expect(own).toContain(`action="/embed/actions/${action}"`);
    expect(own).toContain(">Comment **0**</textarea>");
  });
});
