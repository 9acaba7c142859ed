import type { ReactNode } from "react";
import { moderateCommentsAction } from "../actions";

type Props = { commentId: number; decision: "approve" | "reject" | "spam"; returnTo: string; anchor: string; children: ReactNode };

/** One decision on one comment, from the queue or in place on the article page. */
export function DecisionForm({ commentId, decision, returnTo, anchor, children }: Props) {
  return (
    <form action={moderateCommentsAction} className="inline-actions">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="anchor" value={anchor} />
      {children}
    </form>
  );
}
