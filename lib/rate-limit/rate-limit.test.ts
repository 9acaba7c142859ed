import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, sweepExpiredRateLimitBuckets } from "./consume-rate-limit";
import { enforceRateLimit, formatRetryAfter, rateLimitKey } from "./enforce-rate-limit";
import { limits } from "./limits";
import { fillRateLimit } from "./testing";

const MINUTE = 60_000;
// Far from real time: other test files' sweeps (at their `now`) never see these buckets as expired.
const T0 = Date.parse("2099-01-01T00:00:00Z");
const at = (ms: number) => new Date(T0 + ms);
const uniqueKey = () => `test:${randomUUID()}`;

async function bucketsOf(key: string) {
  return getDb().select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, key)).orderBy(rateLimitBuckets.windowStart);
}

beforeEach(() => {
  // No random global sweeps at this file's far-future `now`: they would delete other files' live buckets.
  vi.spyOn(Math, "random").mockReturnValue(0.99);
  return () => vi.restoreAllMocks();
});

describe("consumeRateLimit", () => {
  it("allows exactly `limit` hits, then refuses until this window has faded", async () => {
    const key = uniqueKey();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit({ key, limit: 3, windowMs: MINUTE, now: at(15_500) }));
    expect(results).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      // 4 hits in [0, 60 s): one more fits once they weigh 2, at 90 s.
      { allowed: false, retryAfterSeconds: 75 },
    ]);
    expect(await consumeRateLimit({ key, limit: 3, windowMs: MINUTE, now: at(59_900) })).toEqual({ allowed: false, retryAfterSeconds: 37 });
  });

  it("weighs the previous window, so a burst cannot double up across the boundary", async () => {
    const key = uniqueKey();
    for (let i = 0; i < 2; i++) await consumeRateLimit({ key, limit: 2, windowMs: MINUTE, now: at(50_000) });
    expect(await consumeRateLimit({ key, limit: 2, windowMs: MINUTE, now: at(61_000) })).toEqual({ allowed: false, retryAfterSeconds: 59 });
    // At 121 s: 1 hit now + the 1 (refused) hit of [60 s, 120 s) weighted 59/60.
    expect(await consumeRateLimit({ key, limit: 2, windowMs: MINUTE, now: at(121_000) })).toEqual({ allowed: true, remaining: 0 });
  });

  it("aligns windows to multiples of windowMs and keeps each one window past its end", async () => {
    const key = uniqueKey();
    await consumeRateLimit({ key, limit: 5, windowMs: 10 * MINUTE, now: at(23 * MINUTE + 7_000) });
    const [bucket] = await bucketsOf(key);
    expect(bucket).toMatchObject({ hits: 1, windowStart: at(20 * MINUTE), expiresAt: at(40 * MINUTE) });
  });

  it("counts each key on its own", async () => {
    const [a, b] = [uniqueKey(), uniqueKey()];
    await consumeRateLimit({ key: a, limit: 1, windowMs: MINUTE, now: at(0) });
    expect((await consumeRateLimit({ key: a, limit: 1, windowMs: MINUTE, now: at(0) })).allowed).toBe(false);
    expect(await consumeRateLimit({ key: b, limit: 1, windowMs: MINUTE, now: at(0) })).toEqual({ allowed: true, remaining: 0 });
  });

  it("lets exactly `limit` of many concurrent hits through", async () => {
    const key = uniqueKey();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit({ key, limit: 5, windowMs: MINUTE, now: at(30_000) })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const waits = results.flatMap((r) => (r.allowed ? [] : [r.retryAfterSeconds])).sort((a, b) => a - b);
    // The 6th to 20th hits: the more there were, the longer this window takes to fade.
    expect([waits.length, waits[0], waits.at(-1)]).toEqual([15, 50, 78]);
    expect((await bucketsOf(key))[0]!.hits).toBe(20);
  });

  it("deletes a key's expired buckets when it starts a new window", async () => {
    const key = uniqueKey();
    await consumeRateLimit({ key, limit: 5, windowMs: MINUTE, now: at(0) });
    await consumeRateLimit({ key, limit: 5, windowMs: MINUTE, now: at(MINUTE) });
    expect((await bucketsOf(key)).map((b) => b.windowStart)).toEqual([at(0), at(MINUTE)]);
    await consumeRateLimit({ key, limit: 5, windowMs: MINUTE, now: at(5 * MINUTE) });
    expect((await bucketsOf(key)).map((b) => b.windowStart)).toEqual([at(5 * MINUTE)]);
  });
});

describe("sweepExpiredRateLimitBuckets", () => {
  it("deletes other keys' expired buckets, at most `max` at a time, and keeps live ones", async () => {
    // Year 2000: earlier than any other test's `now`, so this sweep touches only these rows.
    const past = Date.parse("2000-01-01T00:00:00Z");
    const expired = [uniqueKey(), uniqueKey(), uniqueKey()];
    const live = uniqueKey();
    await getDb()
      .insert(rateLimitBuckets)
      .values([
        ...expired.map((key) => ({ key, windowStart: new Date(past), hits: 3, expiresAt: new Date(past + MINUTE) })),
        { key: live, windowStart: new Date(T0), hits: 1, expiresAt: new Date(T0 + MINUTE) },
      ]);
    const now = new Date(past + 2 * MINUTE);
    expect(await sweepExpiredRateLimitBuckets(now, 2)).toBeLessThanOrEqual(2);
    await sweepExpiredRateLimitBuckets(now);
    const left = await getDb()
      .select({ key: rateLimitBuckets.key })
      .from(rateLimitBuckets)
      .where(inArray(rateLimitBuckets.key, [...expired, live]));
    expect(left).toEqual([{ key: live }]);
  });

  it("runs now and then when a new bucket is made", async () => {
    const past = Date.parse("2000-01-01T00:00:00Z");
    const stale = uniqueKey();
    await getDb()
      .insert(rateLimitBuckets)
      .values({ key: stale, windowStart: new Date(past), hits: 1, expiresAt: new Date(past + MINUTE) });
    vi.mocked(Math.random).mockReturnValue(0);
    await consumeRateLimit({ key: uniqueKey(), limit: 5, windowMs: MINUTE, now: new Date(past + 2 * MINUTE) });
    expect(await bucketsOf(stale)).toEqual([]);
  });
});

describe("enforceRateLimit", () => {
  it("passes within the policy and throws rate_limited with the retry time once over it", async () => {
    const user = randomUUID();
    for (let i = 0; i < 5; i++) await enforceRateLimit(limits.postComment, user, at(18_000));
    const error = await enforceRateLimit(limits.postComment, user, at(18_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "rate_limited",
      status: 429,
      retryAfterSeconds: 62,
      message: "You're posting comments too fast. Try again in 62 seconds.",
    });
    expect(await bucketsOf(`post-comment:${user}`)).toMatchObject([{ hits: 6 }]);
  });

  it("takes refused hits back for a policy that says so, so hammering doesn't prolong the wait", async () => {
    const ip = `198.51.100.1-${randomUUID()}`;
    for (let i = 0; i < 10; i++) await enforceRateLimit(limits.signIn, ip, at(0));
    for (let i = 0; i < 25; i++) await expect(enforceRateLimit(limits.signIn, ip, at(0))).rejects.toMatchObject({ code: "rate_limited" });
    expect(await bucketsOf(`sign-in-ip:${ip}`)).toMatchObject([{ hits: 10 }]);
  });

  it("keeps each policy's counter apart for the same subject", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 255)}-${randomUUID()}`;
    for (let i = 0; i < 5; i++) await enforceRateLimit(limits.signUpByIp, ip, at(0));
    await expect(enforceRateLimit(limits.signUpByIp, ip, at(0))).rejects.toThrow(
      "Too many accounts created from your network. Try again in 80 minutes.",
    );
    await expect(enforceRateLimit(limits.signIn, ip, at(0))).resolves.toBeUndefined();
  });
});

describe("fillRateLimit (the tests' shortcut)", () => {
  it("leaves the same bucket as that many allowed hits, so the next one is refused", async () => {
    const [made, filled] = [randomUUID(), randomUUID()];
    for (let i = 0; i < limits.signIn.limit; i++) await enforceRateLimit(limits.signIn, made, at(90_000));
    await fillRateLimit(limits.signIn, filled, at(90_000));
    const withoutKey = async (subject: string) => (await bucketsOf(rateLimitKey(limits.signIn, subject))).map(({ windowStart, hits, expiresAt }) => ({ windowStart, hits, expiresAt }));
    expect(await withoutKey(filled)).toEqual(await withoutKey(made));
    await expect(enforceRateLimit(limits.signIn, filled, at(90_000))).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("formatRetryAfter", () => {
  it("says seconds under a minute and a half, then whole minutes, then hours, rounded up", () => {
    expect([1, 42, 62, 89, 90, 899, 3600, 5400].map(formatRetryAfter)).toEqual([
      "in 1 second",
      "in 42 seconds",
      "in 62 seconds",
      "in 89 seconds",
      "in 2 minutes",
      "in 15 minutes",
      "in 60 minutes",
      "in 2 hours",
    ]);
  });
});
