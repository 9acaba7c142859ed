import { expect, test } from "@playwright/test";

test("[api] the thread API names a bad parameter and answers 404 JSON for an unknown site or page", async ({ request }) => {
  const noSite = await request.get("/api/threads/comments?key=story-1");
  expect(noSite.status()).toBe(400);
  expect((await noSite.json()).error).toMatchObject({ code: "invalid_input", field: "site" });
  const unknown = await request.get("/api/threads/comments?site=no-such-site&key=story-1&sort=newest");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("application/json");
  expect((await unknown.json()).error).toMatchObject({ code: "not_found", message: "No thread with that key on that site." });
});
