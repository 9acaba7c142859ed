import "server-only";
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { EmbedSite } from "@/lib/sites/get-site";
import { hasUnsafeCharacters } from "@/lib/text/unsafe-characters";
import { spendTokenId } from "./spend-token-id";

/** A publisher's token may live this long at most; they should sign one per page view. */
export const SSO_TOKEN_MAX_LIFETIME_SECONDS = 10 * 60;
/** Leeway for a publisher's clock running ahead of ours, on the "too far ahead" check only. */
const AHEAD_LEEWAY_SECONDS = 30;
const MAX_TOKEN_LENGTH = 8192;
export const SSO_REPLAY_MESSAGE = "This sign-in token was already used";

export type SsoSite = Pick<EmbedSite, "id" | "publicId" | "signIn" | "ssoSecret">;

/** Who the publisher says their reader is, checked and cleaned. */
export type SsoIdentity = { sub: string; name: string | null; email: string | null; picture: string | null };

const identitySchema = z.object({
  sub: z.string({ error: "This sign-in token's sub must be a string" }).min(1, "This sign-in token's sub is empty").max(255, "This sign-in token's sub is longer than 255 characters"),
  name: z.string({ error: "This sign-in token's name must be a string" }).max(100, "This sign-in token's name is longer than 100 characters").optional(),
  email: z.email({ error: "This sign-in token's email is not an email address" }).max(254).optional(),
  picture: z
    .url({ protocol: /^https$/, error: "This sign-in token's picture must be an https URL" })
    .max(2048, "This sign-in token's picture URL is longer than 2048 characters")
    .optional(),
});

const refuse = (message: string) => new AppError("unauthorized", message);
const invalid = (message: string, options: { cause?: unknown } = {}) => new AppError("invalid_input", message, options);

/** Refuses SSO on a site that has no secret yet or allows Parley accounts only. */
export function requireSsoAllowed(site: SsoSite): asserts site is SsoSite & { ssoSecret: string } {
  if (site.signIn === "parley_only") throw new AppError("forbidden", "This site accepts Parley accounts only, not single sign-on.");
  if (!site.ssoSecret) throw new AppError("forbidden", "Single sign-on is not set up for this site yet: it has no SSO secret.");
}

/**
 * Verifies a publisher's HS256 token for `site` and spends its `jti`. Throws AppError with the
 * reason (expired, replayed, another site's, forged, ...). `exp` gets no clock tolerance: a token
 * is never accepted after it, as publishers are promised.
 */
export async function verifySsoToken(site: SsoSite, token: string, now = new Date()): Promise<SsoIdentity> {
  requireSsoAllowed(site);
  const unverified = readUnverified(token);
  // Read unverified only to choose the message: a token signed for another site would otherwise
  // read as a forgery. It is refused either way.
  if (typeof unverified.aud !== "undefined" && !audiences(unverified).includes(site.publicId)) throw refuse("This sign-in token is for another site");
  const payload = await verifySignatureAndClaims(site, token, now);
  const exp = payload.exp!;
  if (exp > now.getTime() / 1000 + SSO_TOKEN_MAX_LIFETIME_SECONDS + AHEAD_LEEWAY_SECONDS) {
    throw invalid("This sign-in token expires too far ahead: sign tokens that expire within 10 minutes");
  }
  const identity = toIdentity(payload);
  if (typeof payload.jti !== "string" || !payload.jti || payload.jti.length > 255) throw invalid("This sign-in token's jti must be a non-empty string of at most 255 characters");
  if (!(await spendTokenId(`sso:${site.id}:${payload.jti}`, new Date(exp * 1000), now))) throw refuse(SSO_REPLAY_MESSAGE);
  return identity;
}

function readUnverified(token: string): JWTPayload {
  if (typeof token !== "string") throw invalid("This sign-in token is malformed");
  if (token.length > MAX_TOKEN_LENGTH) throw invalid(`This sign-in token is too long (at most ${MAX_TOKEN_LENGTH} characters)`);
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
    const payload = decodeJwt(token);
    if (alg !== "HS256") throw invalid(`This sign-in token is signed with ${typeof alg === "string" ? alg.slice(0, 20) : "no algorithm"}: Parley accepts HS256 only`);
    return payload;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid("This sign-in token is malformed: it is not a signed JWT", { cause: error });
  }
}

function audiences(payload: JWTPayload): string[] {
  return Array.isArray(payload.aud) ? payload.aud : typeof payload.aud === "string" ? [payload.aud] : [];
}

async function verifySignatureAndClaims(site: SsoSite & { ssoSecret: string }, token: string, now: Date): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(site.ssoSecret), {
      algorithms: ["HS256"],
      audience: site.publicId,
      requiredClaims: ["exp", "jti", "sub", "aud"],
      currentDate: now,
    });
    return payload;
  } catch (error) {
    throw toTokenError(error);
  }
}

function toTokenError(error: unknown): AppError {
  if (error instanceof errors.JWSSignatureVerificationFailed) return refuse("This sign-in token's signature does not match this site's SSO secret");
  if (error instanceof errors.JWTExpired) return refuse("This sign-in token has expired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return invalid(`This sign-in token has no ${error.claim} claim`);
    if (error.claim === "aud") return refuse("This sign-in token is for another site");
    if (error.claim === "nbf") return refuse("This sign-in token is not valid yet");
    return invalid(`This sign-in token's ${error.claim} claim is invalid`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return invalid("This sign-in token is not signed with HS256: Parley accepts HS256 only");
  return invalid("This sign-in token is malformed", { cause: error });
}

function toIdentity(payload: JWTPayload): SsoIdentity {
  const parsed = identitySchema.safeParse(payload);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message);
  const { sub, name, email, picture } = parsed.data;
  if (hasUnsafeCharacters(sub) || (name && hasUnsafeCharacters(name))) throw invalid("This sign-in token's sub or name contains control or direction characters");
  return { sub, name: name?.trim() || null, email: email ?? null, picture: picture ?? null };
}
