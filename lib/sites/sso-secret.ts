import { randomBytes } from "node:crypto";

/** A new SSO secret: 32 random bytes, base64url, with a prefix that says what it is. */
export function generateSsoSecret(): string {
  return `pss_${randomBytes(32).toString("base64url")}`;
}
