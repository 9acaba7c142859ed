import type { Viewer } from "@/lib/auth/viewer";
import { fill } from "@/lib/threads/format-message";
import type { ThreadMessages } from "@/lib/threads/messages";
import { formatExactTime } from "@/lib/time/relative-time";
import type { LinkComponent } from "./types";

type Props = {
  isClosed: boolean;
  viewer: Viewer | null;
  messages: ThreadMessages;
  signInHref: string;
  Link: LinkComponent;
  /** In place of the plain "Sign in to comment" link (the embed's opens a popup). */
  signInLink?: React.ReactNode;
  /** The comment form, for a signed-in reader who may write. */
  composer: React.ReactNode;
};

/** Where a new comment is written: closed, banned, signed out, or the caller's form. */
export function ComposerGate({ isClosed, viewer, messages: m, signInHref, Link, signInLink, composer }: Props) {
  if (isClosed) return <p className="notice">{m.closed}</p>;
  if (viewer?.ban) {
    const until = viewer.ban.until ? fill(m.bannedUntil, { until: formatExactTime(viewer.ban.until) }) : m.bannedPermanently;
    return (
      <p className="notice" role="status">
        {until}
        {viewer.ban.reason ? fill(m.banReason, { reason: viewer.ban.reason }) : ""}
        {m.canStillRead}
      </p>
    );
  }
  if (viewer) return <>{composer}</>;
  return (
    <p className="notice">{signInLink ?? <Link href={signInHref}>{m.signInToComment}</Link>}</p>
  );
}
