import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toViewer } from "@/lib/auth/to-viewer";
import { at, expectAppError } from "@/lib/comments/testing";
import { seedViewer } from "@/lib/testing/seed-viewer";
import { changeRole, setRoleByEmail } from "./change-role";
import { auditRows, seedAdmin, userRow } from "./testing";

describe("changeRole", () => {
  it("lets an admin make a reader a moderator, and audits the change", async () => {
    const admin = await seedAdmin();
    const reader = await seedViewer();
    expect(await changeRole(admin, { userId: reader.id, role: "moderator" }, at(0))).toEqual({ userId: reader.id, role: "moderator" });
    const row = await userRow(reader.id);
    expect(row.role).toBe("moderator");
    expect(toViewer(row, at(0)).role).toBe("moderator");
    expect(await auditRows({ targetUserId: reader.id })).toEqual([
      { kind: "change_role", actorId: admin.id, rule: null, commentId: null, targetUserId: reader.id, threadId: null, siteId: null, reason: null, statusBefore: "reader", statusAfter: "moderator", createdAt: at(0) },
    ]);
  });

  it("lets an admin demote another admin", async () => {
    const [admin, other] = await Promise.all([seedAdmin(), seedAdmin()]);
    await changeRole(admin, { userId: other.id, role: "reader" }, at(0));
    expect((await userRow(other.id)).role).toBe("reader");
    expect((await auditRows({ targetUserId: other.id })).map((r) => [r.statusBefore, r.statusAfter])).toEqual([["admin", "reader"]]);
  });

  it("refuses an admin removing their own admin role, changing nothing", async () => {
    const admin = await seedAdmin();
    const error = await expectAppError(changeRole(admin, { userId: admin.id, role: "moderator" }, at(0)), "conflict");
    expect(error.message).toBe("You can't remove your own admin role.");
    expect((await userRow(admin.id)).role).toBe("admin");
    expect(await auditRows({ targetUserId: admin.id })).toEqual([]);
  });

  it("refuses an unknown role or user", async () => {
    const admin = await seedAdmin();
    const reader = await seedViewer();
    await expectAppError(changeRole(admin, { userId: reader.id, role: "owner" }, at(0)), "invalid_input");
    await expectAppError(changeRole(admin, { userId: randomUUID(), role: "moderator" }, at(0)), "not_found");
    expect((await userRow(reader.id)).role).toBe("reader");
  });
});

describe("setRoleByEmail (npm run user:role)", () => {
  it("sets the role found by email, in any case, audited with no actor and the rule 'command line'", async () => {
    const user = await seedViewer();
    expect(await setRoleByEmail(`  ${user.email!.toUpperCase()} `, "admin", at(0))).toEqual({ userId: user.id, role: "admin" });
    expect((await userRow(user.id)).role).toBe("admin");
    expect(await auditRows({ targetUserId: user.id })).toEqual([
      { kind: "change_role", actorId: null, rule: "command line", commentId: null, targetUserId: user.id, threadId: null, siteId: null, reason: null, statusBefore: "reader", statusAfter: "admin", createdAt: at(0) },
    ]);
  });

  it("refuses an email nobody has", async () => {
    await expectAppError(setRoleByEmail(`nobody-${randomUUID()}@example.test`, "admin", at(0)), "not_found");
  });
});
