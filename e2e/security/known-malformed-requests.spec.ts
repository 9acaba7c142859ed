import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { databaseUrlFor } from "../../db/testing/test-database";
import type { MalformedRequest } from "../malformed/generate";
import { send } from "../malformed/send";
import { listActions } from "../malformed/targets";
import { seedWorld } from "../support/seed-world";
import { sessionCookie } from "../support/session";

// Each request here got a 500 before the hardening (issue 9's probe). Now: a 4xx, or for a page
// or a form, the page with its defaults or the form's error (200), or Auth.js's redirect (302).
test("[security] each malformed request the outside probe found gets a 4xx or a plain answer, never a 5xx, and stores nothing", async ({ baseURL }) => {
  const world = seedWorld({ users: 1, moderators: 2, topLevel: 1 });
  const [moderator, bannedModerator] = world.moderators as [(typeof world.moderators)[0], (typeof world.moderators)[0]];
  await banForGood(bannedModerator.id);
  const url = new URL(baseURL!);
  const host = url.host;
  const post = listActions().find((a) => a.name === "postCommentAction")!;
  const asModerator = await sessionCookie(moderator);
  const asBanned = await sessionCookie(bannedModerator);
  const get = (path: string, headers: Record<string, string> = {}): MalformedRequest => ({ kind: "known", method: "GET", path, headers: { host, ...headers } });
  const action = (body: string, headers: Record<string, string> = {}): MalformedRequest => ({
    kind: "known",
    method: "POST",
    path: `/articles/${world.slug}`,
    headers: { host, origin: url.origin, "next-action": post.id, "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });
  const cases: [string, MalformedRequest, number][] = [
    ["a NUL byte in a slug", get("/articles/a%00b"), 400],
    ["a NUL byte in the count query", get("/api/counts?articles=a%00b"), 400],
    ["bad percent-encoding in a path", get("/articles/%E0%A4%A"), 400],
    ["a malformed Host header", get("/", { host: "a b" }), 400],
    ["a malformed X-Forwarded-Host header", get("/", { "x-forwarded-host": "<x>" }), 400],
    ["a malformed cursor on /moderate", get("/moderate?cursor=%7B%7D&queue=nope", { cookie: asModerator }), 200],
    ["/moderate opened by a banned moderator", get("/moderate", { cookie: asBanned }), 404],
    ["callbackUrl=javascript: on Auth.js's sign-in route", get("/api/auth/signin?callbackUrl=javascript:alert(1)"), 302],
    ["an action called with arguments of the wrong type", action('["x", 1]'), 200],
    ["an action called with arguments that don't decode", action('["$Q1"]'), 400],
    ["an action body over 1 MB", action(`["${"x".repeat(1_100_000)}"]`), 413],
    ["an action from another site", action("[]", { origin: "https://evil.example" }), 403],
  ];
  for (const [what, request, status] of cases) {
    const answer = await send(Number(url.port), request, 60_000);
    expect(answer, what).toEqual({ status });
  }
  const sql = postgres(databaseUrlFor(process.env.E2E_DATABASE_NAME!), { max: 1 });
  const stored = await sql`select count(*)::int as n from comments c join threads t on t.id = c.thread_id where t.id = ${world.threadId}`;
  await sql.end();
  expect(stored[0]!.n).toBe(1);
});

async function banForGood(userId: string): Promise<void> {
  const sql = postgres(databaseUrlFor(process.env.E2E_DATABASE_NAME!), { max: 1 });
  await sql`update users set banned_at = now(), ban_reason = 'known-malformed test' where id = ${userId}`;
  await sql.end();
}
