import type { DemoArticle } from "./publisher-articles";

type PageOptions = { parleyUrl: string; siteId: string; origin: string; articles: DemoArticle[]; heading: string; sso: Map<string, string> | null };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The publisher's own page: plain HTML with Parley's snippet under each story and counts in the
 * list. `sso` holds one token per thread (by key): each token is accepted once.
 */
export function publisherPage({ parleyUrl, siteId, origin, articles, heading, sso }: PageOptions): string {
  const url = (a: DemoArticle) => `${origin}/articles/${a.slug}`;
  const threadLink = (a: DemoArticle) =>
    `${parleyUrl}/embed/thread?${new URLSearchParams({ site: siteId, key: a.key, url: url(a), title: a.title })}`;
  const count = (a: DemoArticle) => `<span class="count" data-parley-count data-site="${escape(siteId)}" data-key="${escape(a.key)}">…</span>`;
  const story = (a: DemoArticle) => `
  <article id="${a.slug}">
    <h2><a href="/articles/${a.slug}">${escape(a.title)}</a></h2>
    <p class="standfirst">${escape(a.standfirst)}</p>
    ${a.body.map((p) => `<p>${escape(p)}</p>`).join("\n    ")}
    <div data-parley-thread data-site="${escape(siteId)}" data-key="${escape(a.key)}" data-url="${escape(url(a))}" data-title="${escape(a.title)}"${sso?.has(a.key) ? ` data-sso="${escape(sso.get(a.key)!)}"` : ""}>
      <noscript><a href="${escape(threadLink(a))}">Read and join the discussion on Parley</a></noscript>
    </div>
  </article>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)} · The Daily Example</title>
<style>
  body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #faf8f3; }
  header { border-bottom: 3px double #1d1d1f; padding: 1.25rem 1rem .75rem; text-align: center; }
  header h1 { margin: 0; font-size: 2.4rem; letter-spacing: .02em; }
  header h1 a { color: inherit; text-decoration: none; }
  header p { margin: .25rem 0 0; font: 14px/1.4 system-ui, sans-serif; color: #555; }
  main { max-width: 44rem; margin: 0 auto; padding: 1rem; }
  .reader { display: flex; gap: .75rem; align-items: center; justify-content: flex-end; font: 14px system-ui, sans-serif; }
  .reader a { padding: .35rem .8rem; border: 1px solid #1d1d1f; border-radius: 999px; color: inherit; text-decoration: none; }
  nav ul { list-style: none; padding: 0; margin: 1rem 0 2rem; border-top: 1px solid #ccc; }
  nav li { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; padding: .5rem 0; border-bottom: 1px solid #ccc; }
  nav a { color: inherit; }
  .count { font: 13px system-ui, sans-serif; color: #8a3b12; white-space: nowrap; }
  article { margin-bottom: 3rem; }
  article h2 { font-size: 1.7rem; line-height: 1.2; margin-bottom: .25rem; }
  article h2 a { color: inherit; text-decoration: none; }
  .standfirst { font-style: italic; color: #444; }
  [data-parley-thread] { margin-top: 1.5rem; padding-top: 1rem; border-top: 1px solid #ccc; }
</style>
<link rel="canonical" href="${escape(origin)}${articles.length === 1 ? `/articles/${articles[0]!.slug}` : "/"}">
</head>
<body>
<header><h1><a href="/">The Daily Example</a></h1><p>A publisher's page on ${escape(origin)} with Parley threads from ${escape(parleyUrl)}</p></header>
<main>
  <div class="reader">${
    sso
      ? `<span>Signed in as <strong>Dana Demo</strong> (the publisher's own account)</span><a href="/sign-out">Sign out</a>`
      : `<span>Reading anonymously</span><a href="/sign-in">Sign in as demo reader</a>`
  }</div>
  <nav aria-label="Stories"><ul>
    ${articles.map((a) => `<li><a href="/articles/${a.slug}">${escape(a.title)}</a>${count(a)}</li>`).join("\n    ")}
  </ul></nav>
  ${articles.map(story).join("\n")}
</main>
<script src="${escape(parleyUrl)}/embed.js" async></script>
<script src="${escape(parleyUrl)}/count.js" async></script>
</body>
</html>`;
}
