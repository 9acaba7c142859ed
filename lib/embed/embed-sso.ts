import "server-only";
import { AppError } from "@/lib/errors";
import type { EmbedSite } from "./embed-site";

// Stand-in for C's signInWithSsoToken (lib/auth): the merge replaces this file with a re-export.
export async function signInWithSsoToken(_site: EmbedSite, _token: string): Promise<{ setCookie: string }> {
  throw new AppError("forbidden", "Single sign-on is not set up for this site yet.");
}
