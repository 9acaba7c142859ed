import Link from "next/link";
import { Timestamp } from "@/app/_components/timestamp";
import { listModerationLog, logQuerySchema } from "@/lib/moderation/list-moderation-log";
import { requireModeratorPage } from "../require-moderator-page";
import { isAppError } from "@/lib/errors";
import { IGNORED_QUERY_MESSAGE, parsePageQuery } from "@/lib/forms/parse-page-query";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const KINDS = ["hold", "refuse", "hide", "approve", "reject", "spam", "feature", "unfeature", "ban", "unban", "close_thread", "reopen_thread", "set_premoderation", "change_role", "update_settings"];

export default async function AuditLogPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, isValid } = parsePageQuery(logQuerySchema, params);
  const viewer = await requireModeratorPage();
  const page = await listModerationLog(viewer, query).catch((error: unknown) =>
    isAppError(error) && query.cursor ? listModerationLog(viewer, { ...query, cursor: undefined }) : Promise.reject(error),
  );
  const now = new Date();
  const here = new URLSearchParams(Object.entries(params).filter(([k, v]) => v && k !== "cursor") as [string, string][]);
  return (
    <main id="main">
      <h1 className="page-title">Audit log</h1>
      <p>Every moderation decision, by a person or by a rule. Entries cannot be changed or removed.</p>
      {isValid ? null : <p className="form-message form-message--error notice">{IGNORED_QUERY_MESSAGE}</p>}
      <form method="get" className="mod-filters" aria-label="Filter the log">
        <label>
          Action{" "}
          <select name="kind" defaultValue={query.kind ?? ""}>
            <option value="">Any</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>
        <label>
          Comment id <input name="comment" inputMode="numeric" defaultValue={query.comment ?? ""} size={8} />
        </label>
        <label>
          <input type="checkbox" name="automatic" value="1" defaultChecked={!!query.automatic} /> Automatic only
        </label>
        {query.user ? <input type="hidden" name="user" value={query.user} /> : null}
        {query.actor ? <input type="hidden" name="actor" value={query.actor} /> : null}
        <button type="submit" className="button button--secondary button--small">Filter</button>
      </form>
      {page.items.length === 0 ? (
        <p className="empty">No entries.</p>
      ) : (
        <div className="table-scroll">
          <table className="mod-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">On</th>
                <th scope="col">Status</th>
                <th scope="col">Text</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Timestamp date={e.createdAt} now={now} />
                  </td>
                  <td>{e.actor ? <Link href={`/moderate/log?actor=${e.actor.id}`}>{e.actor.displayName}</Link> : <em>Rule: {e.rule}</em>}</td>
                  <td>{e.kind.replace(/_/g, " ")}</td>
                  <td>
                    {e.commentId ? <Link href={`/moderate/log?comment=${e.commentId}`}>comment {e.commentId}</Link> : null}
                    {e.commentId && e.target ? " by " : null}
                    {e.target ? <Link href={`/moderate/log?user=${e.target.id}`}>{e.target.displayName}</Link> : null}
                    {!e.commentId && !e.target && e.threadId ? `thread ${e.threadId}` : null}
                  </td>
                  <td>{e.statusBefore || e.statusAfter ? `${e.statusBefore ?? "—"} → ${e.statusAfter ?? "—"}` : ""}</td>
                  <td>
                    {e.commentId && e.commentRevision ? (
                      <Link href={`/moderate/comments/${e.commentId}/history#revision-${e.commentRevision}`} title={`sha256 ${e.contentHash ?? ""}`}>
                        revision {e.commentRevision}
                      </Link>
                    ) : null}
                    {e.contentHash ? <code className="mod-log__hash"> {e.contentHash.slice(0, 12)}</code> : null}
                  </td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor ? (
        <p className="load-more">
          <Link href={`/moderate/log?${here.toString()}${here.size ? "&" : ""}cursor=${encodeURIComponent(page.nextCursor)}`} className="button button--secondary">
            Older entries
          </Link>
        </p>
      ) : null}
    </main>
  );
}
