import { formatRelativeTime } from "@/lib/time/relative-time";
import { RelativeTime } from "./relative-time";

/** Server entry point for a relative time: computes the first text on the server. */
export function Timestamp({ date, now }: { date: Date; now: Date }) {
  return <RelativeTime iso={date.toISOString()} serverText={formatRelativeTime(date, now)} />;
}
