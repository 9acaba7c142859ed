/** The public name: never derived from the email, which stays private. */
export function displayNameOf(user: { id: string; name: string | null }): string {
  return user.name?.trim() || `Reader ${user.id.replace(/-/g, "").slice(0, 6)}`;
}
