import { describe, expect, it } from "vitest";
import { embedThreadUrl } from "./embed-url";

describe("embedThreadUrl", () => {
  const query = { site: "abc", key: "k", origin: "https://pub.example", theme: "dark" as const, accent: "#f80", frame: 0, sort: "best" as const };

  it("keeps what the iframe needs from page to page, with the changes asked for", () => {
    const url = new URL(embedThreadUrl(query, { sort: "newest", cursor: "c1" }), "https://parley.example");
    expect(url.pathname).toBe("/embed/thread");
    expect(Object.fromEntries(url.searchParams)).toEqual({ site: "abc", key: "k", origin: "https://pub.example", theme: "dark", accent: "#f80", frame: "0", sort: "newest", cursor: "c1" });
  });

  it("never carries a sign-in token or a notice onward", () => {
    const url = embedThreadUrl({ ...query, sso: "token", notice: "posted" } as typeof query);
    expect(url).not.toContain("sso");
    expect(url).not.toContain("notice");
  });
});
