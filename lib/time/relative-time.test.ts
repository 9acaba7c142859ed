import { describe, expect, it } from "vitest";
import { formatExactTime, formatRelativeTime } from "./relative-time";

const NOW = new Date("2025-06-04T12:00:00Z");
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe("formatRelativeTime", () => {
  it("says the largest whole unit, as the seed page does", () => {
    expect([30, 90, 3 * 3600, 5 * 3600 + 59 * 60, 2 * 86400, 8 * 86400, 40 * 86400, 400 * 86400].map((s) => formatRelativeTime(before(s), NOW))).toEqual([
      "just now",
      "1 minute ago",
      "3 hours ago",
      "5 hours ago",
      "2 days ago",
      "1 week ago",
      "1 month ago",
      "1 year ago",
    ]);
  });
});

describe("formatExactTime", () => {
  it("gives the full date and time in UTC, whatever the server's zone", () => {
    expect(formatExactTime(new Date("2025-06-02T12:40:00Z"))).toBe("Monday, 2 June 2025 at 12:40 UTC");
  });
});
