import Link from "next/link";

export function ModerationNav({ isAdmin }: { isAdmin: boolean }) {
  return (
    <nav aria-label="Moderation" className="mod-nav">
      <Link href="/moderate">Queues</Link>
      <Link href="/moderate/log">Audit log</Link>
      <Link href="/moderate/settings">Rules</Link>
      {isAdmin ? <Link href="/moderate/people">People</Link> : null}
      {isAdmin ? <Link href="/moderate/sites">Sites</Link> : null}
    </nav>
  );
}
