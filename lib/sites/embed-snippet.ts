import "server-only";
import { env } from "@/lib/env";

/** What a publisher pastes into a page to show its thread there, with a link for readers without JavaScript. */
export function embedSnippet(publicId: string): string {
  const host = env().SITE_URL.replace(/\/+$/, "");
  return [
    `<div data-parley-thread data-site="${publicId}" data-key="story-123" data-url="https://publisher.example/story" data-title="Story title"></div>`,
    `<script src="${host}/embed.js" async></script>`,
    `<noscript><a href="${host}/embed/thread?site=${publicId}&amp;key=story-123">Read the comments</a></noscript>`,
  ].join("\n");
}
