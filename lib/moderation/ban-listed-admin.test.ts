import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toViewer } from "@/lib/auth/to-viewer";
import { at, expectAppError } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { banUser } from "./ban-user";
import { changeRole, setRoleByEmail } from "./change-role";
import { auditRows, seedModerator, userRow } from "./testing";

// ADMIN_EMAILS is read once per test file's module graph, on the first call to env():
// set it before anything here reads it, to an address no other file uses.
const LISTED = `listed-admin-${randomUUID().slice(0, 8)}@example.test`;
const LISTED_TOO = `listed-admin-${randomUUID().slice(0, 8)}@example.test`;
const LISTED_THIRD = `listed-admin-${randomUUID().slice(0, 8)}@example.test`;
beforeAll(() => {
  vi.stubEnv("ADMIN_EMAILS", `someone@example.test, ${LISTED.toUpperCase()}, ${LISTED_TOO}, ${LISTED_THIRD}`);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("an address named in ADMIN_EMAILS", () => {
  it("makes an admin only once the address is verified: anyone may sign up under it", async () => {
    const listed = await seedViewer({ email: LISTED, role: "reader" });
    expect(toViewer(await userRow(listed.id), at(0)).role).toBe("reader");
    await getDb().update(users).set({ emailVerified: at(0) }).where(eq(users.id, listed.id));
    expect(toViewer(await userRow(listed.id), at(0)).role).toBe("admin");
  });

  it("cannot be banned once verified, though the stored role is reader", async () => {
    const listed = await seedViewer({ email: LISTED_TOO, role: "reader" });
    await getDb().update(users).set({ emailVerified: at(0) }).where(eq(users.id, listed.id));
    const row = await userRow(listed.id);
    expect(row.role).toBe("reader");
    expect(toViewer(row, at(0)).role).toBe("admin");

    await expectAppError(banUser(await seedModerator(), { userId: listed.id, duration: "permanent", reason: "Overreach" }, at(0)), "forbidden");
    expect(await userRow(listed.id)).toMatchObject({ bannedAt: null, bannedUntil: null, banReason: null });
    expect(await auditRows({ targetUserId: listed.id })).toEqual([]);
  });

  it("keeps the admin role: an admin can't change it in the app, nor the command line, and nothing is logged", async () => {
    const listed = await seedViewer({ email: LISTED_THIRD, role: "reader" });
    await getDb().update(users).set({ emailVerified: at(0) }).where(eq(users.id, listed.id));
    const admin = await seedViewer({ role: "admin" });

    await expectAppError(changeRole(admin, { userId: listed.id, role: "moderator" }, at(0)), "conflict");
    await expectAppError(setRoleByEmail(LISTED_THIRD, "reader", at(0)), "conflict");
    expect(await userRow(listed.id)).toMatchObject({ role: "reader" });
    expect(await auditRows({ targetUserId: listed.id })).toEqual([]);
    expect(await changeRole(admin, { userId: listed.id, role: "admin" }, at(0))).toEqual({ userId: listed.id, role: "admin" });
  });
});
