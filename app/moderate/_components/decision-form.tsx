import type { ReactNode } from "react";
import { moderateCommentsAction } from "../actions";

type Props = { commentId: number; revision: number; decision: "approve" | "reject" | "spam"; returnTo: string; anchor: string; children: ReactNode };

/**
 * One decision on one comment, from the queue or in place on the article page. It
 * carries the revision shown, so a decision on text edited since is refused.
 */
export function DecisionForm({ commentId, revision, decision, returnTo, anchor, children }: Props) {
  return (
    <form action={moderateCommentsAction} className="inline-actions">
      <input type="hidden" name="commentId" value={commentId} />
      <RevisionSeen commentId={commentId} revision={revision} />
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="anchor" value={anchor} />
      {children}
    </form>
  );
}

/** The revision a moderator saw, named by comment so the bulk form can carry one per entry. */
export function RevisionSeen({ commentId, revision, form }: { commentId: number; revision: number; form?: string }) {
  return <input type="hidden" name={`revision-${commentId}`} value={revision} form={form} />;
}
