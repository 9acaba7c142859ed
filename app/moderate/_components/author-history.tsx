import Link from "next/link";
import { Timestamp } from "@/app/_components/timestamp";
import type { AuthorHistory as History } from "@/lib/moderation/dto";

export function AuthorHistory({ author, now }: { author: History; now: Date }) {
  return (
    <p className="mod-author">
      <Link href={`/moderate?queue=all&author=${encodeURIComponent(author.id)}`} className="mod-author__name">
        {author.displayName}
      </Link>{" "}
      {author.role !== "reader" ? <span className="badge">{author.role}</span> : null}
      <span className="meta">
        {" "}
        joined <Timestamp date={author.joinedAt} now={now} /> · {author.publishedCount} published · {author.rejectedCount} rejected · {author.reportsAgainst} reports against
      </span>
      {author.ban ? (
        <span className="badge badge--alert">
          Banned {author.ban.until ? `until ${author.ban.until.toISOString().slice(0, 10)}` : "permanently"}
        </span>
      ) : null}
    </p>
  );
}
