import { expect, test } from "@playwright/test";
import { MAIN_ARTICLE } from "../support/seed-articles";
import { seedWorld } from "../support/seed-world";
import { sessionCookie } from "../support/session";

test("[api] a thread page comes back as JSON with replies and a cursor", async ({ request }) => {
  const world = seedWorld({ users: 2, topLevel: 21, replyChain: 4, chainUnder: 0 });
  const res = await request.get(`/api/articles/${world.slug}/comments?sort=oldest`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.sort).toBe("oldest");
  expect(body.article.commentCount).toBe(25);
  expect(body.comments).toHaveLength(20);
  expect(body.comments[0].html).toBe("<p>Top-level comment number 1</p>");
  expect(body.comments[0].replies.map((r: { depth: number }) => r.depth)).toEqual([1, 2, 3]);
  expect(body.comments[0].moreReplies).toBe(1);
  expect(body.comments[0].author).not.toHaveProperty("email");
  const next = await (await request.get(`/api/articles/${world.slug}/comments?sort=oldest&cursor=${body.nextCursor}`)).json();
  expect(next.comments.map((c: { html: string }) => c.html)).toEqual(["<p>Top-level comment number 21</p>"]);
  expect(next.nextCursor).toBeNull();
});

test("[api] bad parameters get 400 with the reason", async ({ request }) => {
  const badSort = await request.get(`/api/articles/${MAIN_ARTICLE.slug}/comments?sort=loudest`);
  expect(badSort.status()).toBe(400);
  expect((await badSort.json()).error).toMatchObject({ code: "invalid_input", field: "sort", message: "Sort must be one of: best, newest, oldest." });
  const badCursor = await request.get(`/api/articles/${MAIN_ARTICLE.slug}/comments?cursor=not-a-cursor`);
  expect(badCursor.status()).toBe(400);
  expect((await badCursor.json()).error.field).toBe("cursor");
  expect((await request.get("/api/articles/no-such-article/comments")).status()).toBe(404);
  const noArticles = await request.get("/api/counts");
  expect(noArticles.status()).toBe(400);
  expect((await noArticles.json()).error.message).toBe("Pass the article slugs as ?articles=a,b,c.");
});

test("[api] counts come back for every slug asked", async ({ request }) => {
  const world = seedWorld({ users: 1, topLevel: 2 });
  const res = await request.get(`/api/counts?articles=${world.slug},${MAIN_ARTICLE.slug},nope`);
  expect(res.status()).toBe(200);
  expect((await res.json()).counts).toEqual({ [world.slug]: 2, [MAIN_ARTICLE.slug]: expect.any(Number), nope: 0 });
});

test("[api] posting needs a session, refuses bad input and answers 429 past the limit", async ({ request, baseURL }) => {
  const world = seedWorld({ users: 1 });
  const url = `/api/articles/${world.slug}/comments`;
  const headers = { "content-type": "application/json", "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.1` };
  const anonymous = await request.post(url, { headers: { ...headers, origin: baseURL! }, data: { body: "Hello" } });
  expect(anonymous.status()).toBe(401);

  const cookie = await sessionCookie(world.users[0]!);
  const withoutOrigin = await request.post(url, { headers: { ...headers, cookie }, data: { body: "No origin" } });
  expect(withoutOrigin.status()).toBe(403);
  const sameOriginFetch = await request.post(url, { headers: { ...headers, cookie, "sec-fetch-site": "same-origin" }, data: { body: "From our page" } });
  expect(sameOriginFetch.status()).toBe(201);

  const signedIn = { ...headers, cookie, origin: baseURL! };
  const huge = await request.post(url, { headers: signedIn, data: JSON.stringify({ body: "x".repeat(1024 * 1024) }) });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("payload_too_large");
  const empty = await request.post(url, { headers: signedIn, data: { body: "   " } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error.fieldErrors.body).toEqual(["Write a comment first: it can't be empty."]);

  const foreign = await request.post(url, { headers: { ...signedIn, origin: "https://evil.example" }, data: { body: "Hi" } });
  expect(foreign.status()).toBe(403);

  for (let i = 2; i <= 5; i++) {
    const ok = await request.post(url, { headers: signedIn, data: { body: `API comment ${i}` } });
    expect(ok.status()).toBe(201);
  }
  const limited = await request.post(url, { headers: signedIn, data: { body: "One too many" } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited.json()).error.message).toMatch(/^You're posting comments too fast\. Try again in \d+ seconds?\.$/);
  const thread = await (await request.get(url)).json();
  expect(thread.article.commentCount).toBe(5);
});
