import { describe, expect, it } from "vitest";
import { embedPageHeaders } from "./embed-headers";

describe("embedPageHeaders", () => {
  it("lets only the site's origins frame a thread, and never 'self' unless listed", () => {
    const csp = embedPageHeaders({ nonce: "n0nce", frameAncestors: ["https://a.example", "http://127.0.0.1:8080"] })["Content-Security-Policy"];
    expect(csp).toContain("frame-ancestors https://a.example http://127.0.0.1:8080");
    expect(csp).not.toMatch(/frame-ancestors[^;]*'self'/);
    expect(csp).toContain("script-src 'nonce-n0nce'");
  });

  it("lets nothing frame a site that lists no origins", () => {
    expect(embedPageHeaders({ nonce: "n", frameAncestors: [] })["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  });

  it("keeps the page private and its address out of Referer", () => {
    const headers = embedPageHeaders({ nonce: "n", frameAncestors: [] });
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    expect(headers["Cache-Control"]).toBe("private, no-store");
    expect(headers).not.toHaveProperty("X-Frame-Options");
  });
});
