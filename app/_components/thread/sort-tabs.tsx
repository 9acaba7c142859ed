import { type CommentSort, SORTS } from "@/lib/comments/constants";
import type { ThreadMessages } from "@/lib/threads/messages";
import type { LinkComponent, ThreadLinks } from "./types";

/** The order of the thread, kept in the URL so it can be shared and works without JavaScript. */
export function SortTabs({ links, current, messages: m, Link }: { links: ThreadLinks; current: CommentSort; messages: ThreadMessages; Link: LinkComponent }) {
  return (
    <nav aria-label={m.sortComments} className="sort-tabs">
      <span className="sort-tabs__label">{m.sortBy}</span>
      {SORTS.map((sort) => (
        <Link key={sort} href={links.sort(sort)} aria-current={sort === current ? "true" : undefined} className="sort-tabs__tab">
          {m.sorts[sort]}
        </Link>
      ))}
    </nav>
  );
}
