import { expect, test } from "@playwright/test";

test("[api] sign-in endpoints refuse an oversized body with 413 before Auth.js reads it", async ({ request }) => {
  const huge = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.test&password=${"x".repeat(64 * 1024)}`,
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("payload_too_large");

  // A normal-sized form still reaches Auth.js (which wants its CSRF token first).
  const small = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "email=a%40b.test&password=nope",
    maxRedirects: 0,
  });
  expect(small.status()).toBeLessThan(500);
  expect(small.status()).not.toBe(413);
});
