import Link from "next/link";
import { featureCommentAction } from "@/app/moderate/actions";
import { DecisionForm } from "@/app/moderate/_components/decision-form";
import type { CommentView } from "@/lib/comments/dto";

/** The queue's decisions, in place on the article page, for moderators only. */
export function ModeratorCommentControls({ comment, returnTo }: { comment: CommentView; returnTo: string }) {
  const review = comment.review ?? { revision: 1, editCount: 0 };
  const target = { commentId: comment.id, revision: review.revision, returnTo, anchor: `#comment-${comment.id}` };
  return (
    <div className="mod-strip" aria-label="Moderation">
      {review.editCount > 0 ? (
        <Link href={`/moderate/comments/${comment.id}/history`} className="mod-strip__history">
          edited {review.editCount === 1 ? "once" : `${review.editCount} times`} — show history
        </Link>
      ) : null}
      {comment.status !== "published" ? (
        <DecisionForm {...target} decision="approve">
          <button type="submit" className="button button--small">Approve</button>
        </DecisionForm>
      ) : null}
      {comment.status !== "rejected" ? (
        <details className="disclosure">
          <summary>Reject</summary>
          <DecisionForm {...target} decision="reject">
            <label>
              Reason (the author sees it) <input name="reason" required maxLength={500} />
            </label>
            <button type="submit" className="button button--secondary button--small">Reject</button>
          </DecisionForm>
        </details>
      ) : null}
      {comment.status !== "spam" ? (
        <DecisionForm {...target} decision="spam">
          <button type="submit" className="link-button">Spam</button>
        </DecisionForm>
      ) : null}
      {comment.depth === 0 && comment.status === "published" && !comment.isDeleted ? (
        <form action={featureCommentAction} className="inline-actions">
          <input type="hidden" name="commentId" value={comment.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="anchor" value={target.anchor} />
          <input type="hidden" name="featured" value={String(!comment.isFeatured)} />
          <button type="submit" className="link-button">{comment.isFeatured ? "Unfeature" : "Feature"}</button>
        </form>
      ) : null}
    </div>
  );
}
