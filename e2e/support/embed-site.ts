import { randomBytes, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import postgres from "postgres";
import { databaseUrlFor } from "../../db/testing/test-database";

export type SeededSite = { id: number; publicId: string; name: string; ssoSecret: string };

/**
 * A publisher site in the e2e database, inserted directly as the site admin would save it
 * (the admin's own tests cover making one through its pages).
 */
async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(databaseUrlFor(process.env.E2E_DATABASE_NAME!), { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/** Marks a seeded user's address as confirmed, which signing in with a password requires. */
export async function confirmEmail(userId: string): Promise<void> {
  await withDatabase((sql) => sql`update users set email_verified = now() where id = ${userId}`);
}

export async function seedEmbedSite({ allowedOrigins, signIn = "sso_and_parley" }: { allowedOrigins: string[]; signIn?: "sso_and_parley" | "sso_only" | "parley_only" }): Promise<SeededSite> {
  return withDatabase(async (sql) => {
    const tag = randomUUID().slice(0, 8);
    const ssoSecret = randomBytes(24).toString("base64url");
    const name = `Publisher ${tag}`;
    const [site] = await sql<{ id: string; public_id: string }[]>`
      insert into sites (slug, name, origin, allowed_origins, sso_secret, sign_in)
      values (${`e2e-publisher-${tag}`}, ${name}, ${allowedOrigins[0]!}, ${allowedOrigins}, ${ssoSecret}, ${signIn})
      returning id, public_id`;
    return { id: Number(site!.id), publicId: site!.public_id, name, ssoSecret };
  });
}

/** What a publisher's backend does: its reader, signed HS256 with the site's secret as shown. */
export async function publisherToken(site: SeededSite, claims: Record<string, unknown> = {}, { expiresIn = 300, secret = site.ssoSecret } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: `reader-${randomUUID()}`, name: "Pat Publisher", jti: randomUUID(), aud: site.publicId, iat: now, exp: now + expiresIn, ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(secret));
}
