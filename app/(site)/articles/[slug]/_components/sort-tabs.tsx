import Link from "next/link";
import { type CommentSort, SORTS } from "@/lib/comments/constants";

const LABELS: Record<CommentSort, string> = { best: "Best", newest: "Newest", oldest: "Oldest" };

/** The order of the thread, kept in the URL so it can be shared and works without JavaScript. */
export function SortTabs({ base, current }: { base: string; current: CommentSort }) {
  return (
    <nav aria-label="Sort comments" className="sort-tabs">
      <span className="sort-tabs__label">Sort by</span>
      {SORTS.map((sort) => (
        <Link
          key={sort}
          href={`${sort === "best" ? base : `${base}?sort=${sort}`}#comments`}
          aria-current={sort === current ? "true" : undefined}
          className="sort-tabs__tab"
          scroll={false}
        >
          {LABELS[sort]}
        </Link>
      ))}
    </nav>
  );
}
