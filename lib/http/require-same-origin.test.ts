import { describe, expect, it } from "vitest";
import { requireSameOriginJson } from "./require-same-origin";

// As `next start` hands requests over: request.url is the server's own address, whatever host was asked for.
function post(headers: Record<string, string>) {
  return new Request("http://localhost:3000/api/articles/a/comments", { method: "POST", headers: { "content-type": "application/json", ...headers } });
}

const outcome = (request: Request) => {
  try {
    requireSameOriginJson(request);
    return "allowed";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("requireSameOriginJson", () => {
  it("allows a browser posting from the page of the host it addressed, directly or through a proxy", () => {
    expect(outcome(post({ host: "comments.example.com", origin: "https://comments.example.com" }))).toBe("allowed");
    expect(outcome(post({ host: "10.0.0.5:3000", "x-forwarded-host": "comments.example.com", origin: "https://comments.example.com" }))).toBe("allowed");
    expect(outcome(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe("allowed");
  });

  it("allows a browser that sends no Origin only when it says the request is same-origin", () => {
    expect(outcome(post({ host: "comments.example.com", "sec-fetch-site": "same-origin" }))).toBe("allowed");
    expect(outcome(post({ host: "comments.example.com", "sec-fetch-site": "cross-site" }))).toBe("forbidden");
    expect(outcome(post({ host: "comments.example.com", "sec-fetch-site": "same-site" }))).toBe("forbidden");
  });

  it("refuses a write that says nowhere where it comes from", () => {
    expect(outcome(post({ host: "comments.example.com" }))).toBe("forbidden");
  });

  it("refuses another site's page, another port, and an unreadable Origin", () => {
    expect(outcome(post({ host: "comments.example.com", origin: "https://evil.example" }))).toBe("forbidden");
    expect(outcome(post({ host: "comments.example.com", origin: "https://comments.example.com:8443" }))).toBe("forbidden");
    expect(outcome(post({ host: "comments.example.com", origin: "null" }))).toBe("forbidden");
  });

  it("refuses a body that is not declared JSON, which a cross-site form could send without a preflight", () => {
    const form = new Request("http://localhost:3000/x", { method: "POST", headers: { host: "a.example", "content-type": "text/plain" } });
    expect(outcome(form)).toBe("invalid_input");
  });
});
