// `npm run demo:publisher`: "The Daily Example", a publisher's site on another origin than
// Parley, embedding two threads with comment counts, and signing its demo reader in to Parley
// through single sign-on exactly as a publisher's backend would.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { SignJWT } from "jose";
import { DEMO_ARTICLES } from "./publisher-articles";
import { publisherPage } from "./publisher-page";

const PORT = Number(process.env.PORT || 4000);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PARLEY_URL = (process.env.PARLEY_URL || "http://localhost:3000").replace(/\/+$/, "");
const SITE_ID = process.env.PARLEY_SITE_ID;
const SSO_SECRET = process.env.PARLEY_SSO_SECRET;

if (!SITE_ID || !SSO_SECRET) {
  console.error(`The demo publisher needs a Parley site to embed. With Parley running (npm run dev), make one:

  npm run site:add -- --name Demo --origin ${ORIGIN}

It prints {"id": "...", "ssoSecret": "..."}. Then start the demo with them:

  PARLEY_SITE_ID=<id> PARLEY_SSO_SECRET=<ssoSecret> npm run demo:publisher

(PARLEY_URL defaults to http://localhost:3000; PORT to 4000.)`);
  process.exit(2);
}

/** What a publisher's backend does for a signed-in reader: an HS256 token keyed with the site's secret. */
async function ssoToken(): Promise<string> {
  return new SignJWT({ name: "Dana Demo", email: "dana@daily.example" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("demo-reader-1")
    .setAudience(SITE_ID!)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(SSO_SECRET));
}

const COOKIE = "daily_example_reader";

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? "/", ORIGIN).pathname;
  const redirect = (cookie: string) => res.writeHead(303, { Location: "/", "Set-Cookie": `${COOKIE}=${cookie}; Path=/; HttpOnly; SameSite=Lax` }).end();
  if (path === "/sign-in") return redirect("dana; Max-Age=86400");
  if (path === "/sign-out") return redirect("; Max-Age=0");

  const article = DEMO_ARTICLES.find((a) => path === `/articles/${a.slug}`);
  if (path !== "/" && !article) return res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
  const isSignedIn = (req.headers.cookie ?? "").split(/;\s*/).includes(`${COOKIE}=dana`);
  const articles = article ? [article] : DEMO_ARTICLES;
  // One token per thread on the page: Parley accepts each token once.
  const sso = isSignedIn ? new Map(await Promise.all(articles.map(async (a) => [a.key, await ssoToken()] as const))) : null;
  const html = publisherPage({ parleyUrl: PARLEY_URL, siteId: SITE_ID, origin: ORIGIN, articles, heading: article ? article.title : "Front page", sso });
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(html);
});

server.listen(PORT, "127.0.0.1", () => {
  console.log(`The Daily Example: ${ORIGIN}/ (threads and counts from ${PARLEY_URL}, site ${SITE_ID})`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
