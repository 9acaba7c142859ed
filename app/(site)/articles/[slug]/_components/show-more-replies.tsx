"use client";

import { useState, useTransition } from "react";
import { loadMoreRepliesAction } from "../load-more-actions";

type Props = { slug: string; rootId: number; afterPath: string; count: number; fallbackHref: string };

/** "Show N more replies": appends the next replies in place; a plain link to them without JavaScript. */
export function ShowMoreReplies({ slug, rootId, afterPath, count, fallbackHref }: Props) {
  const [chunks, setChunks] = useState<React.ReactNode[]>([]);
  const [cursor, setCursor] = useState<string | null>(afterPath);
  const [remaining, setRemaining] = useState(count);
  const [pending, startTransition] = useTransition();

  function load(event: React.MouseEvent) {
    event.preventDefault();
    if (!cursor) return;
    startTransition(async () => {
      const result = await loadMoreRepliesAction(slug, rootId, cursor);
      setChunks((c) => [...c, result.content]);
      setCursor(result.nextCursor);
      setRemaining((r) => (result.nextCursor ? Math.max(0, r - 50) : 0));
    });
  }

  return (
    <li className="show-more">
      {chunks.map((chunk, i) => (
        <div key={i}>{chunk}</div>
      ))}
      {cursor && remaining > 0 ? (
        <a href={fallbackHref} onClick={load} className="show-more__link" aria-busy={pending}>
          {pending ? "Loading…" : `Show ${remaining} more ${remaining === 1 ? "reply" : "replies"}`}
        </a>
      ) : null}
    </li>
  );
}
