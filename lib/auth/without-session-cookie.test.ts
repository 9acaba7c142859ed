import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withoutSessionCookie } from "./without-session-cookie";

const callback = (cookie?: string, init: { method?: string; body?: string } = {}) =>
  new NextRequest("http://localhost:3000/api/auth/callback/oidc?code=abc", { headers: cookie ? { cookie } : {}, ...init });

describe("withoutSessionCookie", () => {
  it("drops the session cookie in every form and keeps the flow's own cookies", () => {
    const stripped = withoutSessionCookie(
      callback("authjs.state=s1; authjs.session-token=aaa; __Secure-authjs.session-token.0=b0; __Secure-authjs.session-token.1=b1; authjs.pkce.code_verifier=v"),
    );
    expect(stripped.headers.get("cookie")).toBe("authjs.state=s1; authjs.pkce.code_verifier=v");
    expect(stripped.url).toBe("http://localhost:3000/api/auth/callback/oidc?code=abc");
  });

  it("drops look-alikes Auth.js would still read as the session: a longer name, spaces around it", () => {
    const stripped = withoutSessionCookie(callback("authjs.session-tokenX=aaa; authjs.session-token \t=bbb; authjs.csrf-token=c"));
    expect(stripped.headers.get("cookie")).toBe("authjs.csrf-token=c");
  });

  it("leaves no cookie header when the session was the only cookie, and passes a posted body on", async () => {
    const stripped = withoutSessionCookie(callback("authjs.session-token=aaa", { method: "POST", body: "code=abc&state=s1" }));
    expect(stripped.headers.has("cookie")).toBe(false);
    expect(stripped.method).toBe("POST");
    expect(await stripped.text()).toBe("code=abc&state=s1");
  });
});
