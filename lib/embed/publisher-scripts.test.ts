import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// The scripts publishers paste: public/embed.js and public/count.js, served as they are (no build step).
const source = (name: string) => readFileSync(path.join(import.meta.dirname, "../../public", name), "utf8");
const SCRIPTS = ["embed.js", "count.js"];

describe("the publisher scripts", () => {
  it.each(SCRIPTS)("%s is at most 2 KB gzipped", (name) => {
    expect(gzipSync(source(name), { level: 9 }).length).toBeLessThanOrEqual(2048);
  });

  it.each(SCRIPTS)("%s has no dependencies and never posts to any origin ('*')", (name) => {
    const code = source(name);
    expect(code).not.toMatch(/\bimport\b|\brequire\(/);
    expect(code).not.toMatch(/postMessage\([^)]*["']\*["']/);
  });
});

type FakeElement = { dataset: Record<string, string>; textContent: string; closest: () => null };

/** Runs count.js against a page of fake elements and a fetch that answers `counts`; resolves once every element is filled. */
async function runCount(elements: FakeElement[], { pageLang = "en", counts = {} as Record<string, number> } = {}) {
  const requests: URL[] = [];
  const document = {
    currentScript: { src: "https://parley.example/count.js" },
    readyState: "complete",
    documentElement: { lang: pageLang },
    querySelectorAll: () => elements,
  };
  const fetch = async (url: string) => {
    requests.push(new URL(url));
    return { ok: true, json: async () => ({ counts }) };
  };
  runInNewContext(source("count.js"), { document, fetch, URL, URLSearchParams, Intl, Object });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return requests;
}

const el = (dataset: Record<string, string>): FakeElement => ({ dataset: { parleyCount: "", ...dataset }, textContent: "", closest: () => null });

describe("count.js", () => {
  it("asks once per site for every key and url on the page, and fills each element", async () => {
    const a = el({ site: "s1", key: "story-1" });
    const b = el({ site: "s1", key: "story-2" });
    const again = el({ site: "s1", key: "story-1" });
    const byUrl = el({ site: "s1", url: "https://pub.example/x" });
    const other = el({ site: "s2", key: "story-1" });
    const requests = await runCount([a, b, again, byUrl, other], { counts: { "story-1": 12, "story-2": 1, "https://pub.example/x": 0 } });

    expect(requests.map((u) => `${u.origin}${u.pathname}?${u.searchParams}`)).toEqual([
      "https://parley.example/api/embed/counts?site=s1&key=story-1&key=story-2&url=https%3A%2F%2Fpub.example%2Fx",
      "https://parley.example/api/embed/counts?site=s2&key=story-1",
    ]);
    expect([a, b, again, byUrl, other].map((e) => e.textContent)).toEqual(["12 comments", "1 comment", "12 comments", "0 comments", "12 comments"]);
  });

  it("pluralises in the element's language, else the page's, else English", async () => {
    const de = el({ site: "s", key: "k", lang: "de" });
    const fr0 = el({ site: "s", key: "zero", lang: "fr" });
    const fr2 = el({ site: "s", key: "two", lang: "fr-CA" });
    const es = el({ site: "s", key: "one", lang: "es" });
    const unknown = el({ site: "s", key: "k", lang: "xx" });
    await runCount([de, fr0, fr2, es, unknown], { counts: { k: 12, zero: 0, two: 2, one: 1 } });
    expect([de, fr0, fr2, es, unknown].map((e) => e.textContent)).toEqual(["12 Kommentare", "0 commentaire", "2 commentaires", "1 comentario", "12 comments"]);

    const page = el({ site: "s", key: "k" });
    await runCount([page], { pageLang: "de-AT", counts: { k: 1 } });
    expect(page.textContent).toBe("1 Kommentar");
  });

  it("skips elements without a key or url, and splits more than 50 pages into batches", async () => {
    const bare = el({ site: "s" });
    const many = Array.from({ length: 51 }, (_, i) => el({ site: "s", key: `k${i}` }));
    const requests = await runCount([bare, ...many]);
    expect(requests.map((u) => u.searchParams.getAll("key").length)).toEqual([50, 1]);
    expect(bare.textContent).toBe("");
  });
});
