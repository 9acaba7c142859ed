import "server-only";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Public origin of the app, used for canonical URLs and Open Graph. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** The site whose articles the app itself serves (the demo aggregator by default). */
  HOME_SITE_SLUG: z.string().min(1).default("daily8"),
  /** Postgres connection string; when unset, Parley runs on embedded PGlite (read by db/client.ts). */
  DATABASE_URL: z.string().optional(),
  /** Data folder of the embedded database (read by db/client.ts). */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** Sessions are signed with this; `npm run dev`/`start` generate one into .env.local. */
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  /** SMTP server for sign-in links, e.g. smtps://user:pass@smtp.example.com:465. Unset: links go to the log and OUTBOX_DIR. */
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("Parley <no-reply@parley.localhost>"),
  OUTBOX_DIR: z.string().default(".data/outbox"),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Any OpenID Connect issuer (Keycloak, Authentik, Okta, a test provider...). */
  AUTH_OIDC_ISSUER: z.url().optional(),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("Single sign-on"),
  /** Comma-separated emails that are always admins (the first admin comes from here). */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean)),
  /** Set to "false" to skip applying migrations and seeding an empty database at start-up. */
  AUTO_MIGRATE: z.stringbool().default(true),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; a misconfiguration fails at start-up with every problem listed. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  cached = parsed.data;
  return cached;
}
