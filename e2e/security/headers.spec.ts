import { expect, test } from "../moderation/fixtures";
import { ThreadPage } from "../pages/thread-page";
import { seedWorld } from "../support/seed-world";
import { watchCspViolations } from "./csp-violations";

test("[security] every page carries the security headers with a fresh script nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/sign-in", "/moderate", "/no-such-page", "/api/counts?articles=a"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'strict-dynamic'"]) expect(csp, path).toContain(directive);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    nonces.add(/'nonce-([^']+)'/.exec(csp)?.[1] ?? "");
  }
  expect(nonces.size).toBe(5);
});

test("[security] reading, posting, replying and moderating work under the policy, with no violation reported", async ({ pageAs }) => {
  const world = seedWorld({ users: 1, moderators: 1, topLevel: 2 });
  const page = await pageAs(world.moderators[0]!);
  const violations = watchCspViolations(page);
  const thread = new ThreadPage(page);
  await thread.goto(world.slug);
  const posted = await thread.post("Posted under a strict policy");
  await thread.replyTo(posted, "Replied under a strict policy");
  await page.goto("/moderate");
  await expect(page.getByRole("navigation", { name: "Moderation" })).toBeVisible();
  await page.goto("/sign-in");
  expect(violations).toEqual([]);
});
