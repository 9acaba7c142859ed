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
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  const abs = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return format.format(-Math.trunc(seconds / size), unit);
  }
  return "just now";
}

// Built once: a formatter costs ~30 times more to make than to use, and a thread page formats every comment's time.
const exactFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" });

/** The exact time, for the hover title: "Monday, 2 June 2025 at 12:40 UTC". */
export function formatExactTime(date: Date): string {
  return `${exactFormat.format(date)} UTC`;
}
