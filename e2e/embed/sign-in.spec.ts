import { expect, test, type BrowserContext, type Frame, type Page } from "@playwright/test";
import { baseURL, launchOptions } from "../../playwright.config";
import { confirmEmail, publisherToken, seedEmbedSite, type SeededSite } from "../support/embed-site";
import { seedWorld } from "../support/seed-world";
import { ownClientIp, passwordForm, uniqueTag } from "../support/sign-in";

// Parley on http://localhost:PORT inside a publisher's page on http://127.0.0.1:OTHER: another
// site, so every cookie the iframe gets is a third-party one. Third-party cookies are blocked, as
// Chrome is moving to: by the launch switch and, to be sure, by DevTools' cookie controls.
const PUBLISHER = `http://127.0.0.1:${Number(new URL(baseURL).port) + 3}`;

// The publisher's page is fulfilled by Playwright, so Chromium counts it as a public address,
// and Local Network Access would stop it framing localhost without this permission.
test.use({ ...ownClientIp, permissions: ["local-network-access"], launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), "--test-third-party-cookie-phaseout"] } });

async function blockThirdPartyCookies(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCookieControls" as never, { enableThirdPartyCookieRestriction: true, disableThirdPartyCookieMetadata: true, disableThirdPartyCookieHeuristics: true } as never);
}

/** The publisher's page, served for its origin without a server, framing Parley's whoami page. */
async function openPublisherPage(page: Page, site: SeededSite): Promise<Frame> {
  await page.context().route(`${PUBLISHER}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Publisher</title><h1>A story</h1><iframe title="Comments" width="600" height="400" src="${baseURL}/embed/whoami?site=${site.publicId}"></iframe>`,
    }),
  );
  await blockThirdPartyCookies(page.context(), page);
  await page.goto(`${PUBLISHER}/story`);
  const frame = page.frameLocator('iframe[title="Comments"]');
  await expect(frame.locator("#parley-viewer")).toBeVisible();
  return page.frames().find((f) => f.url().startsWith(`${baseURL}/embed/whoami`))!;
}

const whoami = (page: Page) => page.frameLocator('iframe[title="Comments"]').locator("#parley-viewer");

/** POSTs the embed's session form from inside the iframe, as its script does. */
async function postSession(frame: Frame, fields: Record<string, string>): Promise<{ status: number; message?: string }> {
  return frame.evaluate(async (body) => {
    const response = await fetch("/embed/session", { method: "POST", body: new URLSearchParams(body) });
    return { status: response.status, message: response.status === 204 ? undefined : (await response.json()).error.message };
  }, fields);
}

test("[embed] the iframe's own cookies are third-party and blocked, except a partitioned one", async ({ page }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  const frame = await openPublisherPage(page, site);
  const kept = await frame.evaluate(() => {
    document.cookie = "unpartitioned=1; Secure; SameSite=None; Path=/";
    document.cookie = "partitioned=1; Secure; SameSite=None; Path=/; Partitioned";
    return document.cookie;
  });
  expect(kept).toBe("partitioned=1");
});

test("[embed] a reader signs in through the popup with a password and the iframe knows them", async ({ page }) => {
  const [reader] = seedWorld({ users: 1 }).users;
  await confirmEmail(reader!.id);
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  await openPublisherPage(page, site);
  await expect(whoami(page)).toHaveText("Not signed in.");

  const popupOpened = page.waitForEvent("popup");
  await page.frameLocator('iframe[title="Comments"]').getByRole("link", { name: "Sign in" }).click();
  const popup = await popupOpened;
  await expect(popup).toHaveURL(/\/sign-in\?callbackUrl=%2Fembed%2Fsign-in/);
  const form = passwordForm(popup);
  await form.getByLabel("Email").fill(reader!.email);
  await form.getByLabel("Password").fill(reader!.password);
  const closed = popup.waitForEvent("close");
  await form.getByRole("button", { name: "Sign in" }).click();
  await closed;

  await expect(whoami(page)).toHaveText(`Signed in as ${reader!.name} (Parley account).`);
  const embedCookie = (await page.context().cookies(baseURL)).find((c) => c.name === "__Host-parley-embed");
  expect(embedCookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "None" });

  // The popup's Auth.js cookie is first-party to Parley and never reaches the iframe: after the
  // embed session ends, the iframe is signed out although the popup's session lives on.
  await page.frameLocator('iframe[title="Comments"]').getByRole("button", { name: "Sign out" }).click();
  await expect(whoami(page)).toHaveText("Not signed in.");
  const parleyTab = await page.context().newPage();
  await parleyTab.goto("/account");
  await expect(parleyTab).toHaveURL(/\/account$/);
});

test("[embed] a reader signs in through the popup with an OpenID Connect provider, redirects and all", async ({ page }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  await openPublisherPage(page, site);
  const popupOpened = page.waitForEvent("popup");
  await page.frameLocator('iframe[title="Comments"]').getByRole("link", { name: "Sign in" }).click();
  const popup = await popupOpened;
  await popup.getByRole("button", { name: "Continue with Test SSO" }).click();
  // e2e/support/oidc-provider.ts names the account after the login's first word.
  await popup.getByPlaceholder("Enter any login").fill(`oidc-robin-${uniqueTag()}`);
  await popup.getByPlaceholder("and password").fill("any password");
  await popup.getByRole("button", { name: "Sign-in" }).click();
  const closed = popup.waitForEvent("close");
  await popup.getByRole("button", { name: "Continue" }).click();
  await closed;
  await expect(whoami(page)).toHaveText("Signed in as Robin OIDC (Parley account).");
});

test("[embed] a publisher's SSO token signs its reader in; forged, expired, replayed and other sites' tokens are refused", async ({ page }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  const other = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  const frame = await openPublisherPage(page, site);

  const refusals: [string, string, string][] = [
    ["forged", await publisherToken(site, {}, { secret: "not the site's secret" }), "This sign-in token's signature does not match this site's SSO secret"],
    ["expired", await publisherToken(site, {}, { expiresIn: -60 }), "This sign-in token has expired"],
    ["for another site", await publisherToken(site, { aud: other.publicId }), "This sign-in token is for another site"],
    ["too long-lived", await publisherToken(site, {}, { expiresIn: 3600 }), "This sign-in token expires too far ahead: sign tokens that expire within 10 minutes"],
  ];
  for (const [label, token, message] of refusals) {
    expect(await postSession(frame, { site: site.publicId, sso: token }), label).toMatchObject({ message });
  }

  const token = await publisherToken(site, { sub: "publisher-user-7", name: "Sky Reader" });
  expect(await postSession(frame, { site: site.publicId, sso: token })).toEqual({ status: 204 });
  await frame.evaluate(() => location.reload());
  await expect(whoami(page)).toHaveText(`Signed in as Sky Reader (${site.name} account).`);

  expect(await postSession(frame, { site: site.publicId, sso: token })).toEqual({ status: 401, message: "This sign-in token was already used" });
});

test("[embed] a refused token reads as a page of its own when the form is posted without a script", async ({ page }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER] });
  const frame = await openPublisherPage(page, site);
  const expired = await publisherToken(site, {}, { expiresIn: -60 });
  await frame.evaluate(({ publicId, sso }) => {
    const form = Object.assign(document.createElement("form"), { method: "post", action: "/embed/session" });
    for (const [name, value] of Object.entries({ site: publicId, sso })) form.append(Object.assign(document.createElement("input"), { type: "hidden", name, value }));
    document.body.append(form);
    form.submit();
  }, { publicId: site.publicId, sso: expired });
  await expect(page.frameLocator('iframe[title="Comments"]').getByRole("alert")).toHaveText("This sign-in token has expired");
});

test("[embed] a site that signs its readers in itself refuses the Parley sign-in popup", async ({ page }) => {
  const site = await seedEmbedSite({ allowedOrigins: [PUBLISHER], signIn: "sso_only" });
  await page.goto(`/embed/sign-in?site=${site.publicId}`);
  await expect(page.getByRole("alert")).toContainText("signs its readers in with its own accounts only");
});
