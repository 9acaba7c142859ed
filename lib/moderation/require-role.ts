import type { Role, Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { formatExactTime } from "@/lib/time/relative-time";

const RANK: Record<Role, number> = { reader: 0, moderator: 1, admin: 2 };

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return !!viewer && RANK[viewer.role] >= RANK[role];
}

/** Every moderation use-case starts here: a check in a page or layout only hides UI. */
export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  if (!viewer) throw new AppError("unauthorized", "Sign in first.");
  if (!hasRole(viewer, role)) throw new AppError("forbidden", role === "admin" ? "Only admins can do that." : "Only moderators can do that.");
  // A banned moderator keeps reading, like any banned reader, but stops moderating.
  if (viewer.ban) throw new AppError("forbidden", "You are banned, so you can't moderate.");
  return viewer;
}

/** Refuses writes from a banned reader, saying why and until when. */
export function requireNotBanned(viewer: Viewer): Viewer {
  if (!viewer.ban) return viewer;
  const until = viewer.ban.until
    ? `until ${formatExactTime(viewer.ban.until)}`
    : "permanently";
  const reason = viewer.ban.reason ? ` Reason: ${viewer.ban.reason}` : "";
  throw new AppError("forbidden", `You are banned from commenting ${until}.${reason}`);
}
