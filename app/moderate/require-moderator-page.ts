import { notFound } from "next/navigation";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/moderation/require-role";

/**
 * A layout and its page render in parallel, so each moderation page checks for
 * itself: anyone without the role gets the same 404 as for a page that doesn't exist,
 * and so does a banned moderator, who keeps reading but stops moderating.
 */
export async function requireModeratorPage(role: "moderator" | "admin" = "moderator"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || !hasRole(viewer, role) || viewer.ban) notFound();
  return viewer;
}
