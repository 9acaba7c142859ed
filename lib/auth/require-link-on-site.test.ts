import { describe, expect, it } from "vitest";
import { requireLinkOnSite } from "./require-link-on-site";

const link = (origin: string) => `${origin}/api/auth/callback/nodemailer?token=t&email=a%40example.test`;
const production = { NODE_ENV: "production" as const, SITE_URL: "https://talk.example.com", isSiteUrlDerived: false };

describe("a mailed sign-in link", () => {
  it("in production must point at SITE_URL: a forged Host cannot send the owner's token elsewhere", () => {
    expect(() => requireLinkOnSite(link("https://talk.example.com"), production)).not.toThrow();
    expect(() => requireLinkOnSite(link("https://attacker.example"), production)).toThrow(/attacker\.example.*SITE_URL/);
    expect(() => requireLinkOnSite(link("http://talk.example.com"), production)).toThrow();
  });

  it("is not checked when SITE_URL is only this server's derived localhost origin, or in development", () => {
    expect(() => requireLinkOnSite(link("http://localhost:3311"), { ...production, SITE_URL: "http://localhost:3000", isSiteUrlDerived: true })).not.toThrow();
    expect(() => requireLinkOnSite(link("http://localhost:3311"), { ...production, NODE_ENV: "development" })).not.toThrow();
  });
});
