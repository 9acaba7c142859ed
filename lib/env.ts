import "server-only";
import { z } from "zod";
import { parseProxyList } from "@/lib/http/proxy-list";

const optionalUrl = (protocol: RegExp, example: string) =>
  z.url({ protocol, error: `must be a URL like ${example}` }).optional();

const wholeNumber = (min: number, max: number, why: string) =>
  z
    .string()
    .regex(/^\s*\d+\s*$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max} (${why})`));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by `next build` while it builds; nothing is served then, so secrets may be missing. */
  NEXT_PHASE: z.string().optional(),
  /** The port the server listens on: Next sets it from `-p`, `PORT` or its default before start-up code runs. */
  PORT: wholeNumber(1, 65535, "the highest TCP port").optional(),
  /** Public origin of the app, for canonical URLs and Open Graph. Unset: http://localhost:PORT. */
  SITE_URL: optionalUrl(/^https?$/, "https://comments.example.com"),
  /** The site whose articles the app itself serves (the demo aggregator by default). */
  HOME_SITE_SLUG: z.string().min(1).default("daily8"),
  /** Postgres connection string; when unset, Parley runs on embedded PGlite (read by db/client.ts). */
  DATABASE_URL: optionalUrl(/^postgres(ql)?$/, "postgres://user:password@host:5432/parley"),
  /** Connections per app instance (read by db/client.ts). */
  DATABASE_POOL_SIZE: wholeNumber(1, 100, "Postgres allows 100 connections by default").default(10),
  /** How long opening a Postgres connection may take before the request fails as unavailable (read by db/client.ts). */
  DATABASE_CONNECT_TIMEOUT_SECONDS: wholeNumber(1, 120, "a request waits this long at most").default(5),
  /** Postgres cancels any statement running longer than this (read by db/client.ts). */
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber(100, 600_000, "ten minutes").default(10_000),
  /** Data folder of the embedded database (read by db/client.ts). */
  PGLITE_DIR: z.string().trim().min(1, "must name a folder").default(".data/pglite"),
  /** Sessions are signed with this; `npm run dev`/`start` generate one into .env.local. */
  AUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /** Unset: Auth.js decides (it trusts the Host header outside production, or when AUTH_URL is set). */
  AUTH_TRUST_HOST: z.stringbool({ error: "must be true or false" }).optional(),
  /** SMTP server for sign-in links. Unset: links go to the log and OUTBOX_DIR. */
  SMTP_URL: optionalUrl(/^smtps?$/, "smtps://user:pass@smtp.example.com:465"),
  EMAIL_FROM: z.string().default("Parley <no-reply@parley.localhost>"),
  OUTBOX_DIR: z.string().trim().min(1, "must name a folder").default(".data/outbox"),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Any OpenID Connect issuer (Keycloak, Authentik, Okta, a test provider...). */
  AUTH_OIDC_ISSUER: optionalUrl(/^https?$/, "https://sso.example.com/realms/news"),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("Single sign-on"),
  /** Comma-separated emails that are always admins (the first admin comes from here). */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean)),
  /** Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed; unset: none, the socket's address counts. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((text, ctx) => {
      const { bad } = parseProxyList(text);
      if (bad.length) ctx.addIssue({ code: "custom", message: `must list IP addresses or CIDR ranges; not: ${bad.join(", ")}` });
    }),
  /** Set to "false" to skip applying migrations and seeding an empty database at start-up. */
  AUTO_MIGRATE: z.stringbool({ error: "must be true or false" }).default(true),
});

type Parsed = z.infer<typeof envSchema>;

/** A provider is configured by all of its variables or none: half of one is a mistake, not "off". */
const PROVIDER_GROUPS = [
  ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
  ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
  ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"],
] as const satisfies readonly (readonly (keyof Parsed)[])[];

/** What no single variable's schema can see: variables that only make sense together. */
function crossChecks(record: Record<string, string>): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const issue = (name: string, message: string) => issues.push({ code: "custom", path: [name], message, input: undefined });
  for (const group of PROVIDER_GROUPS) {
    const set = group.filter((name) => record[name]);
    if (set.length === 0) continue;
    for (const name of group.filter((n) => !record[n])) issue(name, `${name} is required when ${set.join(" and ")} is set`);
  }
  if (record.NODE_ENV === "production" && record.NEXT_PHASE !== "phase-production-build" && !record.AUTH_SECRET) {
    issue("AUTH_SECRET", "AUTH_SECRET is required in production");
  }
  return issues;
}

export type Env = Omit<Parsed, "SITE_URL"> & {
  SITE_URL: string;
  /** SITE_URL was not set and is this server's own localhost origin: right in development only. */
  isSiteUrlDerived: boolean;
};

/**
 * Validates an environment record (process.env, or a test's). Empty values count as unset, as
 * db/client.ts treats them. Throws one error listing every problem, each naming its variable.
 */
export function parseEnv(record: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
  const parsed = envSchema.safeParse(present);
  const issues = [...(parsed.error?.issues ?? []), ...crossChecks(present)];
  if (!parsed.success || issues.length > 0) {
    throw new Error(`Invalid environment:\n${z.prettifyError(new z.ZodError(issues))}`);
  }
  const { SITE_URL, ...rest } = parsed.data;
  return { ...rest, SITE_URL: SITE_URL ?? `http://localhost:${rest.PORT ?? 3000}`, isSiteUrlDerived: !SITE_URL };
}

let cached: Env | undefined;

/** The validated environment, read once per process (after Next has set PORT). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
