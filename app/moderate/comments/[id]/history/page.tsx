import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getCommentHistory, HISTORY_LIMIT } from "@/lib/moderation/get-comment-history";
import { RevisionChanges } from "../../../_components/revision-changes";
import { requireModeratorPage } from "../../../require-moderator-page";

type Props = { params: Promise<{ id: string }> };

/** Every stored text of one comment, newest first, each with what its edit changed and its hash. */
export default async function CommentHistoryPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireModeratorPage();
  const history = await getCommentHistory(viewer, { commentId: id }).catch((error: unknown) =>
    isAppError(error) && (error.code === "invalid_input" || error.code === "not_found") ? null : Promise.reject(error),
  );
  if (!history) notFound();
  const now = new Date();
  return (
    <main id="main">
      <h1 className="page-title">History of comment {history.commentId}</h1>
      <p>
        {history.article ? (
          <Link href={`/articles/${history.article.slug}?comment=${history.commentId}#comment-${history.commentId}`}>On “{history.article.title}”</Link>
        ) : null}
        {history.article ? " · " : null}
        Now {history.isDeleted ? "deleted by its author" : history.status}, at revision {history.revision} ·{" "}
        <Link href={`/moderate/log?comment=${history.commentId}`}>Its audit log</Link>
      </p>
      <p className="field__hint">
        Newest first. Each edit shows the words taken out <del>struck through</del> and the words put in <ins>underlined</ins>; the audit log names the revision each decision was made on.
      </p>
      {history.revisions.length === 0 ? (
        <p className="empty">No text is kept: the author deleted this comment.</p>
      ) : (
        <ol className="revision-list" reversed>
          {history.revisions.map((r) => (
            <li key={r.revision}>
              <RevisionChanges revision={r} now={now} />
              <p className="revision__hash">
                sha256 <code>{r.contentHash}</code>
              </p>
              {r.changes ? (
                <details className="disclosure">
                  <summary>Full text of revision {r.revision}</summary>
                  <p className="revision__text">{r.markdown}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {history.revision > HISTORY_LIMIT ? <p className="field__hint">Only the latest {HISTORY_LIMIT} revisions are shown.</p> : null}
    </main>
  );
}
