import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const SECRET = "a-secret-of-at-least-sixteen-characters";

/** The error parseEnv throws for `record`, or "" when it accepts it. */
function problems(record: Record<string, string>): string {
  try {
    parseEnv({ NODE_ENV: "development", ...record });
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("parseEnv", () => {
  it("accepts an empty development environment, with the defaults the README lists", () => {
    const e = parseEnv({ NODE_ENV: "development" });
    expect(e).toMatchObject({ DATABASE_POOL_SIZE: 10, DATABASE_CONNECT_TIMEOUT_SECONDS: 5, DATABASE_STATEMENT_TIMEOUT_MS: 10_000, PGLITE_DIR: ".data/pglite", AUTO_MIGRATE: true, SITE_URL: "http://localhost:3000" });
    expect(e.AUTH_TRUST_HOST).toBeUndefined();
  });

  it("derives SITE_URL from the port the server listens on, unless SITE_URL is set", () => {
    expect(parseEnv({ PORT: "3311" })).toMatchObject({ SITE_URL: "http://localhost:3311", isSiteUrlDerived: true });
    expect(parseEnv({ PORT: "3311", SITE_URL: "https://talk.example.com" })).toMatchObject({
      SITE_URL: "https://talk.example.com",
      isSiteUrlDerived: false,
    });
  });

  it("treats empty values as unset, as db/client.ts does", () => {
    expect(parseEnv({ DATABASE_POOL_SIZE: "", PGLITE_DIR: "", SMTP_URL: "" })).toMatchObject({ DATABASE_POOL_SIZE: 10, PGLITE_DIR: ".data/pglite" });
  });

  it.each([
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["DATABASE_POOL_SIZE", "2.5"],
    ["DATABASE_POOL_SIZE", "5000"],
    ["DATABASE_CONNECT_TIMEOUT_SECONDS", "0"],
    ["DATABASE_CONNECT_TIMEOUT_SECONDS", "1.5"],
    ["DATABASE_CONNECT_TIMEOUT_SECONDS", "600"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "50"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "soon"],
    ["DATABASE_STATEMENT_TIMEOUT_MS", "3600000"],
    ["PGLITE_DIR", "   "],
    ["OUTBOX_DIR", " "],
    ["AUTH_TRUST_HOST", "maybe"],
    ["AUTO_MIGRATE", "sometimes"],
    ["PORT", "70000"],
    ["SITE_URL", "localhost:3000"],
    ["SMTP_URL", "smtp.example.com:465"],
    ["SMTP_URL", "https://smtp.example.com"],
    ["DATABASE_URL", "mysql://db.example.com/parley"],
    ["DATABASE_URL", "not a url"],
    ["AUTH_OIDC_ISSUER", "issuer.example.com"],
    ["TRUSTED_PROXIES", "proxy.internal"],
    ["TRUSTED_PROXIES", "10.0.0.0/40"],
  ])("refuses %s=%j, naming the variable", (name, value) => {
    const extra: Record<string, string> = name === "AUTH_OIDC_ISSUER" ? { AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "secret" } : {};
    expect(problems({ [name]: value, ...extra })).toMatch(new RegExp(`→ at ${name}\\b`));
  });

  it("accepts what those variables are meant to hold", () => {
    const e = parseEnv({
      DATABASE_POOL_SIZE: "25",
      DATABASE_CONNECT_TIMEOUT_SECONDS: "2",
      DATABASE_STATEMENT_TIMEOUT_MS: "2500",
      AUTH_TRUST_HOST: "false",
      SMTP_URL: "smtps://user:pass@smtp.example.com:465",
      DATABASE_URL: "postgresql://parley@db.example.com:5432/parley",
      TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.1, fd00::/8",
    });
    expect(e).toMatchObject({ DATABASE_POOL_SIZE: 25, DATABASE_CONNECT_TIMEOUT_SECONDS: 2, DATABASE_STATEMENT_TIMEOUT_MS: 2500, AUTH_TRUST_HOST: false });
    expect(parseEnv({ AUTH_TRUST_HOST: "1", DATABASE_URL: "postgres://db/parley" }).AUTH_TRUST_HOST).toBe(true);
  });

  it.each([
    [{ AUTH_OIDC_ISSUER: "https://sso.example.com" }, ["AUTH_OIDC_ID", "AUTH_OIDC_SECRET"]],
    [{ AUTH_OIDC_ISSUER: "https://sso.example.com", AUTH_OIDC_ID: "parley" }, ["AUTH_OIDC_SECRET"]],
    [{ AUTH_OIDC_ID: "parley", AUTH_OIDC_SECRET: "s" }, ["AUTH_OIDC_ISSUER"]],
    [{ AUTH_GITHUB_ID: "gh" }, ["AUTH_GITHUB_SECRET"]],
    [{ AUTH_GITHUB_SECRET: "s" }, ["AUTH_GITHUB_ID"]],
    [{ AUTH_GOOGLE_ID: "g" }, ["AUTH_GOOGLE_SECRET"]],
    [{ AUTH_GOOGLE_SECRET: "s" }, ["AUTH_GOOGLE_ID"]],
  ])("refuses a half-configured provider %j, naming what is missing", (record, missing) => {
    const message = problems(record);
    for (const name of missing) expect(message).toContain(`${name} is required when`);
  });

  it("accepts a whole provider", () => {
    expect(problems({ AUTH_OIDC_ISSUER: "https://sso.example.com", AUTH_OIDC_ID: "parley", AUTH_OIDC_SECRET: "s" })).toBe("");
    expect(problems({ AUTH_GITHUB_ID: "gh", AUTH_GITHUB_SECRET: "s" })).toBe("");
  });

  it("requires AUTH_SECRET in production, but not while `next build` builds", () => {
    expect(problems({ NODE_ENV: "production" })).toContain("AUTH_SECRET is required in production");
    expect(problems({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBe("");
    expect(problems({ NODE_ENV: "production", AUTH_SECRET: SECRET })).toBe("");
    expect(problems({ NODE_ENV: "development" })).toBe("");
  });

  it("lists every problem at once", () => {
    const message = problems({ DATABASE_POOL_SIZE: "0", SMTP_URL: "mail", AUTH_GITHUB_ID: "gh" });
    expect(message).toMatch(/DATABASE_POOL_SIZE[\s\S]*SMTP_URL|SMTP_URL[\s\S]*DATABASE_POOL_SIZE/);
    expect(message).toContain("AUTH_GITHUB_SECRET is required when AUTH_GITHUB_ID is set");
  });
});
