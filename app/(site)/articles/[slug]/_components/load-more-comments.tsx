"use client";

import { useState, useTransition } from "react";
import { loadMoreCommentsAction } from "../load-more-actions";

type Props = { slug: string; sort: string; cursor: string; fallbackHref: string };

/** "Load more comments": appends the next page in place; a link to that page without JavaScript. */
export function LoadMoreComments({ slug, sort, cursor: first, fallbackHref }: Props) {
  const [pages, setPages] = useState<React.ReactNode[]>([]);
  const [cursor, setCursor] = useState<string | null>(first);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function load(event: React.MouseEvent) {
    event.preventDefault();
    if (!cursor) return;
    startTransition(async () => {
      const result = await loadMoreCommentsAction(slug, sort, cursor);
      if (result.error) return setError(result.error);
      setPages((p) => [...p, result.content]);
      setCursor(result.nextCursor);
    });
  }

  return (
    <>
      {pages.map((page, i) => (
        <ol key={i} className="comment-list comment-list--more">
          {page}
        </ol>
      ))}
      {error ? <p className="field__error" role="status">{error}</p> : null}
      {cursor ? (
        <p className="load-more">
          <a href={fallbackHref} onClick={load} className="button button--secondary" aria-busy={pending}>
            {pending ? "Loading…" : "Load more comments"}
          </a>
        </p>
      ) : null}
    </>
  );
}
