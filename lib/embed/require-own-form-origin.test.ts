import { describe, expect, it } from "vitest";
import { requireOwnFormOrigin } from "./require-own-form-origin";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/embed/actions/post", { method: "POST", headers: { host: "parley.example", ...headers } });

describe("requireOwnFormOrigin", () => {
  it("takes a form from Parley's own origin", () => {
    expect(() => requireOwnFormOrigin(post({ origin: "https://parley.example" }))).not.toThrow();
  });

  it("takes a no-referrer page's same-origin post (Origin: null, Sec-Fetch-Site: same-origin)", () => {
    expect(() => requireOwnFormOrigin(post({ origin: "null", "sec-fetch-site": "same-origin" }))).not.toThrow();
  });

  it.each([
    ["another site's form", { origin: "https://pub.example" }],
    ["a sandboxed frame elsewhere", { origin: "null", "sec-fetch-site": "cross-site" }],
    ["a same-site but other-origin page", { origin: "null", "sec-fetch-site": "same-site" }],
    ["a request saying nothing", {}],
  ])("refuses %s", (_what, headers) => {
    expect(() => requireOwnFormOrigin(post(headers))).toThrow(expect.objectContaining({ code: "forbidden" }));
  });
});
