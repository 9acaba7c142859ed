import "server-only";
import { AppError } from "@/lib/errors";
import type { EmbedSite } from "./embed-site";

// Stand-in for C's signInWithSsoToken (lib/auth): the merge replaces this file with a re-export.
export async function signInWithSsoToken(site: EmbedSite, token: string): Promise<{ setCookie: string }> {
  if (!token) throw new AppError("invalid_input", "The sign-in token is empty.");
  throw new AppError("forbidden", `Single sign-on is not set up for ${site.name} yet.`);
}
