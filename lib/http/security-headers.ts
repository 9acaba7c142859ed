// No "server-only" and no env(): proxy.ts imports this, and it must stay free of the database.

/** Headers every response carries, static files included (next.config.ts adds them there). */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The sign-in popup an embedded thread opens must keep `window.opener` to hand the iframe its
 * credential, and a page with COOP same-origin cuts it (its opener's top-level page is the
 * publisher's, another origin). So every page the popup can pass through, the sign-in and
 * sign-up pages, Auth.js's redirects and callbacks, and the embed's own, opts out; every other
 * page stays isolated.
 */
const POPUP_PATHS = /^\/(?:embed|sign-in|sign-up|api\/auth)(?:\/|$)/;

export function openerPolicyFor(pathname: string): string {
  return POPUP_PATHS.test(pathname) ? "unsafe-none" : "same-origin";
}

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets those load the chunks they
 * need); nothing may frame the page, post a form elsewhere, or change the base URL. Styles allow
 * inline attributes (avatars' colours); a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment, formOrigins = [] }: { isDevelopment: boolean; formOrigins?: string[] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formOrigins].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}
