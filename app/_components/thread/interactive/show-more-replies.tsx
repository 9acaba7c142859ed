"use client";

import { useState, useTransition } from "react";
import { plural } from "@/lib/threads/format-message";
import type { Plural } from "@/lib/threads/messages";
import type { MoreResult } from "./load-more-comments";

type Props = {
  /** The page's server action: the next replies under `rootId` after `afterPath`, rendered. */
  load: (rootId: number, afterPath: string) => Promise<MoreResult>;
  rootId: number;
  afterPath: string;
  count: number;
  fallbackHref: string;
  labels: { locale: string; more: Plural; busy: string };
};

/** "Show N more replies": appends the next replies in place; a plain link to them without JavaScript. */
export function ShowMoreReplies({ load: loadReplies, rootId, afterPath, count, fallbackHref, labels }: Props) {
  const [chunks, setChunks] = useState<React.ReactNode[]>([]);
  const [cursor, setCursor] = useState<string | null>(afterPath);
  const [remaining, setRemaining] = useState(count);
  const [pending, startTransition] = useTransition();

  function load(event: React.MouseEvent) {
    event.preventDefault();
    if (!cursor) return;
    startTransition(async () => {
      const result = await loadReplies(rootId, cursor);
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
          {pending ? labels.busy : plural(labels.locale, labels.more, remaining)}
        </a>
      ) : null}
    </li>
  );
}
