import Link from "next/link";
import type { RevisionView } from "@/lib/moderation/dto";
import { RevisionChanges } from "./revision-changes";

type Props = { commentId: number; revision: number; changes: RevisionView[]; isOpen: boolean; now: Date };

/** "Edited N times — show history" on a queue entry: the latest changes, word by word. */
export function EditHistory({ commentId, revision, changes, isOpen, now }: Props) {
  const edits = revision - 1;
  if (edits === 0) return null;
  return (
    <details className="disclosure edit-history" open={isOpen}>
      <summary>
        Edited {edits === 1 ? "once" : `${edits} times`} — show history
      </summary>
      {changes.map((change) => (
        <RevisionChanges key={change.revision} revision={change} now={now} />
      ))}
      <p>
        <Link href={`/moderate/comments/${commentId}/history`}>Every revision of this comment</Link>
      </p>
    </details>
  );
}
