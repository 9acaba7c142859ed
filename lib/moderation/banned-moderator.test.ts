import { describe, expect, it } from "vitest";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { AppError } from "@/lib/errors";
import { requireRole } from "./require-role";

describe("a banned moderator", () => {
  it("is refused every moderation action while the ban lasts", async () => {
    const moderator = await seedViewer({ role: "moderator" });
    expect(requireRole(moderator, "moderator")).toBe(moderator);
    const banned = { ...moderator, ban: { until: null, reason: "Abuse of power" } };
    expect(() => requireRole(banned, "moderator")).toThrow(new AppError("forbidden", "You are banned, so you can't moderate."));
  });
});
