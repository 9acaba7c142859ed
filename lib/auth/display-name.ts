import { stripUnsafeCharacters } from "@/lib/text/unsafe-characters";

/** The public name: never derived from the email, which stays private. Names stored before
 * controls were refused are cleaned here, so none can reverse the text around it. */
export function displayNameOf(user: { id: string; name: string | null }): string {
  return stripUnsafeCharacters(user.name ?? "").trim() || `Reader ${user.id.replace(/-/g, "").slice(0, 6)}`;
}
