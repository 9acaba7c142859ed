import { describe, expect, it } from "vitest";
import { embedReturnPath } from "./embed-return-path";

describe("embedReturnPath", () => {
  it("goes back to an embed page the form named", () => {
    expect(embedReturnPath("/embed/thread?site=abc&key=k", "abc")).toBe("/embed/thread?site=abc&key=k");
  });

  it.each(["https://evil.example/embed/", "//evil.example/embed/", "/account", "", "/\\evil.example"])("sends %j to the site's whoami page instead", (requested) => {
    expect(embedReturnPath(requested, "a b")).toBe("/embed/whoami?site=a%20b");
  });
});
