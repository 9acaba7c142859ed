/** The secret the e2e app signs sessions with (start-app.ts), so tests can mint sessions. */
export const E2E_AUTH_SECRET = process.env.AUTH_SECRET || "e2e-secret-not-for-production-0123456789";
