import { type Server, createServer } from "node:http";

export type EmbedPage = { parley: string; site: string; key: string; url: string; title: string };

/** The publisher's article page: a paragraph of text and Parley's snippet, as a publisher would paste it. */
export function publisherHtml({ parley, site, key, url, title }: EmbedPage): string {
  const attr = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${attr(title)}</title></head><body>
<h1>${attr(title)}</h1><p>A publisher's article with a Parley thread under it.</p>
<div data-parley-thread data-site="${attr(site)}" data-key="${attr(key)}" data-url="${attr(url)}" data-title="${attr(title)}"></div>
<script src="${attr(parley)}/embed.js" async></script>
</body></html>`;
}

/** Serves `html` at every path on 127.0.0.1:port: the publisher's origin, another site than Parley's. */
export function servePublisher(port: number, html: string): Promise<Server> {
  const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
