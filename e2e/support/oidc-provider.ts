// @ts-expect-error -- oidc-provider v9 ships no type declarations (and there is no @types package for it).
import Provider from "oidc-provider";

// A real OpenID Connect provider for the e2e run, so "Continue with Test SSO" goes through the
// whole code + PKCE flow Auth.js uses in production. playwright.config.ts starts it and gives
// it the same client id and secret it gives the app.
const port = Number(process.env.E2E_OIDC_PORT || 3199);
const appURL = process.env.E2E_APP_URL || "http://localhost:3100";
const clientId = process.env.AUTH_OIDC_ID || "parley-e2e";
const clientSecret = process.env.AUTH_OIDC_SECRET || "parley-e2e-oidc-secret";

/** "oidc-alice-x1y2" → "Alice OIDC": a recognisable name for whatever unique login a test types. */
function nameForLogin(login: string): string {
  const first = login.replace(/^oidc-/, "").split("-")[0] || "someone";
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} OIDC`;
}

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      // Must match the app's origin and port exactly, or the provider refuses the request.
      redirect_uris: [`${appURL}/api/auth/callback/oidc`],
    },
  ],
  // Its built-in login form accepts any login and password; the login becomes the account id.
  features: { devInteractions: { enabled: true } },
  // Required even for this confidential client, so the test proves Auth.js sends PKCE.
  pkce: { required: () => true },
  // Email and name in the id_token too: Auth.js builds the user from the id_token's claims,
  // and without this the user row gets a null email and name.
  conformIdTokenClaims: false,
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  scopes: ["openid", "email", "profile"],
  cookies: { keys: ["parley-e2e-oidc-cookie-key"] },
  async findAccount(_ctx: unknown, login: string) {
    return {
      accountId: login,
      claims: async () => ({ sub: login, email: `${login}@example.test`, email_verified: true, name: nameForLogin(login) }),
    };
  },
});

// Auth.js reports only the error code (e.g. invalid_grant); the reason is logged here.
for (const event of ["grant.error", "authorization.error", "server_error"]) {
  provider.on(event, (_ctx: unknown, error: { message: string; error_detail?: string }) => {
    console.error(`[oidc] ${event}: ${error.message}${error.error_detail ? ` (${error.error_detail})` : ""}`);
  });
}

provider.listen(port, "127.0.0.1", () => {
  console.log(`[oidc] test provider on http://127.0.0.1:${port} for ${appURL}`);
});
