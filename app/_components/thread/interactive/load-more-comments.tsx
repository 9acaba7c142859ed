"use client";

import { useState, useTransition } from "react";

export type MoreResult = { content: React.ReactNode; nextCursor: string | null; error?: string };

type Props = {
  /** The page's server action: the next page of comments after `cursor`, rendered. */
  load: (sort: string, cursor: string) => Promise<MoreResult>;
  sort: string;
  cursor: string;
  fallbackHref: string;
  labels: { idle: string; busy: string };
};

/** "Load more comments": appends the next page in place; a link to that page without JavaScript. */
export function LoadMoreComments({ load: loadPage, sort, cursor: first, fallbackHref, labels }: Props) {
  const [pages, setPages] = useState<React.ReactNode[]>([]);
  const [cursor, setCursor] = useState<string | null>(first);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function load(event: React.MouseEvent) {
    event.preventDefault();
    if (!cursor) return;
    startTransition(async () => {
      const result = await loadPage(sort, cursor);
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
            {pending ? labels.busy : labels.idle}
          </a>
        </p>
      ) : null}
    </>
  );
}
