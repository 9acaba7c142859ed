import type { ThreadMessages } from "@/lib/threads/messages";

/** "Load more comments" as a plain link to the next page. */
export function LoadMoreLink({ href, messages }: { href: string; messages: ThreadMessages }) {
  return (
    <p className="load-more">
      <a href={href} className="button button--secondary">
        {messages.loadMore}
      </a>
    </p>
  );
}
