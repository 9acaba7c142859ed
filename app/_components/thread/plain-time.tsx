import { formatExactTime, formatLocalRelativeTime, formatRelativeTime } from "@/lib/time/relative-time";

/** A relative time fixed at render time, for HTML that runs no React in the browser; English unless `locale` says otherwise. */
export function PlainTime({ date, now, locale = "en" }: { date: Date; now: Date; locale?: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatExactTime(date)}>
      {locale === "en" ? formatRelativeTime(date, now) : formatLocalRelativeTime(date, now, locale)}
    </time>
  );
}
