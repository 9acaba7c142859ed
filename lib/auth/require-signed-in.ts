import type { Viewer } from "./to-viewer";
import { AppError } from "@/lib/errors";

export function requireSignedIn(viewer: Viewer | null, action: string): Viewer {
  if (!viewer) throw new AppError("unauthorized", `Sign in to ${action}.`);
  return viewer;
}
