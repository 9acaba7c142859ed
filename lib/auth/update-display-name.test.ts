import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { displayNameOf } from "./display-name";
import { updateDisplayName } from "./update-display-name";

const nameOf = async (id: string) => (await getDb().select({ name: users.name }).from(users).where(eq(users.id, id)))[0]!.name;
const failure = (promise: Promise<unknown>) => promise.then(() => "changed", (e: { code?: string }) => e.code);

describe("updateDisplayName", () => {
  it("renames a reader", async () => {
    const viewer = await seedViewer({ name: "Old Name" });
    await updateDisplayName(viewer, { name: "  New Name " });
    expect(await nameOf(viewer.id)).toBe("New Name");
  });

  it("refuses names that carry control or text-direction characters, and keeps the old one", async () => {
    const viewer = await seedViewer({ name: "Old Name" });
    for (const name of ["Ada\u202Eecalevol", "Ada\u2066x", "Ada\u0000", "Ada\u200Fx", "Ada <b>"]) {
      expect(await failure(updateDisplayName(viewer, { name }))).toBe("invalid_input");
    }
    expect(await nameOf(viewer.id)).toBe("Old Name");
  });

  it("refuses a banned reader, who keeps the name others know them by", async () => {
    const viewer = await seedViewer({ name: "Known Troll" });
    const banned = { ...viewer, ban: { until: null, reason: "abuse" } };
    expect(await failure(updateDisplayName(banned, { name: "Fresh Face" }))).toBe("forbidden");
    expect(await nameOf(viewer.id)).toBe("Known Troll");
  });

  it("shows a name stored before controls were refused without them", () => {
    expect(displayNameOf({ id: "u1", name: "Ada\u202E Lovelace" })).toBe("Ada Lovelace");
    expect(displayNameOf({ id: "0123456789", name: "\u202E\u0000" })).toBe("Reader 012345");
  });
});
