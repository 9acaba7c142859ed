import { describe, expect, it } from "vitest";
import { isFramedPath } from "./framed-paths";
import { openerPolicyFor } from "./security-headers";

describe("openerPolicyFor", () => {
  it.each(["/embed/sign-in", "/embed/session", "/sign-in", "/sign-in/check-email", "/sign-up", "/api/auth/callback/oidc", "/api/auth/signin/github"])(
    "lets the sign-in popup keep its opener on %s",
    (path) => expect(openerPolicyFor(path)).toBe("unsafe-none"),
  );

  it.each(["/", "/articles/a-story", "/moderate", "/account", "/api/counts", "/sign-inx", "/embedded", "/api/authx"])("isolates %s", (path) => {
    expect(openerPolicyFor(path)).toBe("same-origin");
  });
});

describe("isFramedPath", () => {
  it("leaves framing to the embed pages that set their own frame-ancestors, and only them", () => {
    for (const path of ["/embed/thread", "/embed/thread/", "/embed/whoami", "/embed/session"]) expect(isFramedPath(path), path).toBe(true);
    for (const path of ["/embed/sign-in", "/embed/whoami/x", "/embed/actions/post", "/embed", "/sign-in", "/"]) expect(isFramedPath(path), path).toBe(false);
  });
});
