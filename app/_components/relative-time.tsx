"use client";

import { useSyncExternalStore } from "react";
import { formatExactTime, formatRelativeTime } from "@/lib/time/relative-time";

// One timer for every time on the page, however many there are.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let tick = 0;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    tick += 1;
    for (const l of listeners) l();
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * A relative time ("3 hours ago") that keeps itself current in the browser.
 * The server's text is shown until hydration, so server and client agree.
 */
export function RelativeTime({ iso, serverText }: { iso: string; serverText: string }) {
  const clientTick = useSyncExternalStore(subscribe, () => tick, () => -1);
  const date = new Date(iso);
  const text = clientTick < 0 ? serverText : formatRelativeTime(date, new Date());
  return (
    <time dateTime={iso} title={formatExactTime(date)}>
      {text}
    </time>
  );
}
