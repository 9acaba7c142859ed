import { bigint, boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { sites } from "./sites";

export const userRole = pgEnum("user_role", ["reader", "moderator", "admin"]);

// Column property names follow what @auth/drizzle-adapter expects; the SQL names are snake_case.
export const users = pgTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text(),
  email: text().unique(),
  emailVerified: timestamp({ mode: "date", withTimezone: true }),
  image: text(),
  role: userRole().notNull().default("reader"),
  passwordHash: text(),
  /**
   * Until the email is confirmed, a password set at sign-up waits on the link mailed
   * with it: this is that link's token as Auth.js stores it. Any other link that
   * confirms the address drops the password (see settle-pending-password.ts).
   */
  signUpTokenHash: text(),
  createdAt: timestamp({ mode: "date", withTimezone: true }).notNull().defaultNow(),
  /** Sessions signed in before this are over: set when the password changes. */
  sessionsValidFrom: timestamp({ mode: "date", withTimezone: true }),
  /** Set while a ban is on record; with no `bannedUntil` the ban is permanent. */
  bannedAt: timestamp({ mode: "date", withTimezone: true }),
  bannedUntil: timestamp({ mode: "date", withTimezone: true }),
  banReason: text(),
  /**
   * Set for a user a publisher signed in through SSO: that person exists on that site only
   * (the same `sub` on two sites is two users). Their account row is provider `sso:<site id>`.
   */
  siteId: bigint({ mode: "number" }).references(() => sites.id, { onDelete: "cascade" }),
  /** The address a publisher's SSO token gave; unverified by Parley, so never used to sign in. */
  ssoEmail: text(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const authenticators = pgTable(
  "authenticators",
  {
    credentialID: text().notNull().unique(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    providerAccountId: text().notNull(),
    credentialPublicKey: text().notNull(),
    counter: integer().notNull(),
    credentialDeviceType: text().notNull(),
    credentialBackedUp: boolean().notNull(),
    transports: text(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.credentialID] })],
);
