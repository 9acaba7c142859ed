import { randomBytes, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { getDb } from "@/db/client";
import { sites } from "@/db/schema";
import type { EmbedSite } from "@/lib/sites/get-site";
import type { SignInChoice as SiteSignIn } from "@/lib/sites/schemas";

/** A publisher site of its own, with an SSO secret, as the site admin would make it. */
export async function seedEmbedSite({ signIn = "sso_and_parley", ssoSecret = randomBytes(24).toString("base64url") }: { signIn?: SiteSignIn; ssoSecret?: string | null } = {}): Promise<EmbedSite> {
  const slug = `embed-${randomUUID().slice(0, 12)}`;
  const [site] = await getDb()
    .insert(sites)
    .values({ slug, name: `Publisher ${slug}`, origin: "https://publisher.test", allowedOrigins: ["https://publisher.test"], ssoSecret, signIn })
    .returning({ id: sites.id, publicId: sites.publicId, name: sites.name, allowedOrigins: sites.allowedOrigins, signIn: sites.signIn, closeAfterDays: sites.closeAfterDays, ssoSecret: sites.ssoSecret });
  return site!;
}

/** A token as a publisher's backend signs one: HS256 with the secret's UTF-8 bytes, 5 minutes. */
export async function publisherToken(site: Pick<EmbedSite, "publicId" | "ssoSecret">, claims: Record<string, unknown> = {}, { now = new Date(), expiresIn = 300, secret = site.ssoSecret! } = {}): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sub: `user-${randomUUID()}`, name: "Pat Publisher", jti: randomUUID(), aud: site.publicId, exp: iat + expiresIn, iat, ...claims })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode(secret));
}
