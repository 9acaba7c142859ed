const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const format = new Intl.RelativeTimeFormat("en", { numeric: "always" });

/** "3 hours ago", "2 days ago", "just now": the largest whole unit, as the seed page shows times. */
export function formatRelativeTime(date: Date, now: Date): string {
  return largestUnit(date, now, format) ?? "just now";
}

/** The same in another language ("vor 3 Stunden"); under a minute is that language's "now". */
export function formatLocalRelativeTime(date: Date, now: Date, locale: string): string {
  const local = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  return largestUnit(date, now, local) ?? local.format(0, "second");
}

function largestUnit(date: Date, now: Date, formatter: Intl.RelativeTimeFormat): string | null {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return formatter.format(-Math.trunc(seconds / size), unit);
  }
  return null;
}

// Built once: a formatter costs ~30 times more to make than to use, and a thread page formats every comment's time.
const exactFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" });

/** The exact time, for the hover title: "Monday, 2 June 2025 at 12:40 UTC". */
export function formatExactTime(date: Date): string {
  return `${exactFormat.format(date)} UTC`;
}
