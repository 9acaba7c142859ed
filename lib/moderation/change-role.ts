import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { isListedAdmin } from "@/lib/auth/to-viewer";
import type { Role, Viewer } from "@/lib/auth/viewer";
import { parseInput } from "@/lib/forms/parse-input";
import { AppError } from "@/lib/errors";
import { recordModerationAction } from "./audit";
import { requireRole } from "./require-role";
import { changeRoleSchema } from "./schemas";

/** An admin makes someone a reader, moderator or admin. */
export async function changeRole(viewer: Viewer | null, raw: unknown, now = new Date()) {
  const admin = requireRole(viewer, "admin");
  const { userId, role } = parseInput(changeRoleSchema, raw, "Choose a user and a role.");
  if (userId === admin.id && role !== "admin") throw new AppError("conflict", "You can't remove your own admin role.");
  return setRole({ actorId: admin.id, match: eq(users.id, userId), role, now });
}

/** The command line's way in (`npm run user:role`): the operator at the shell is trusted. */
export async function setRoleByEmail(email: string, role: Role, now = new Date()) {
  return setRole({ actorId: null, match: eq(users.email, email.trim().toLowerCase()), role, now, rule: "command line" });
}

type SetRole = { actorId: string | null; match: ReturnType<typeof eq>; role: Role; now: Date; rule?: string };

async function setRole({ actorId, match, role, now, rule }: SetRole) {
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, role: users.role, email: users.email, emailVerified: users.emailVerified }).from(users).where(match).for("update");
    if (!user) throw new AppError("not_found", "No user with that id or email.");
    if (role !== "admin" && isListedAdmin(user)) {
      throw new AppError("conflict", "This admin is named in ADMIN_EMAILS: take the address out of it to change their role.");
    }
    await tx.update(users).set({ role }).where(eq(users.id, user.id));
    await recordModerationAction(tx, { kind: "change_role", actorId, rule, targetUserId: user.id, statusBefore: user.role, statusAfter: role, now });
    return { userId: user.id, role };
  });
}
