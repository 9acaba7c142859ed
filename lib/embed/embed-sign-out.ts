import "server-only";

// Stand-in for C's embed session: the merge points this at C's sign-out (which also ends the
// session server-side). Until then, clearing the partitioned cookie is all there is to do.
export async function signOutOfEmbed(): Promise<{ setCookie: string }> {
  return { setCookie: "__Host-parley-embed=; Path=/; Secure; HttpOnly; SameSite=None; Partitioned; Max-Age=0" };
}
