import { Timestamp } from "@/app/_components/timestamp";
import type { RevisionView } from "@/lib/moderation/dto";

/**
 * What one edit changed, as the source text with the words taken out struck
 * through (<del>) and the words put in underlined (<ins>), which screen readers
 * announce as deleted and inserted; plain text, so nothing in it renders.
 */
export function RevisionChanges({ revision, now }: { revision: RevisionView; now: Date }) {
  return (
    <div className="revision" id={`revision-${revision.revision}`}>
      <p className="revision__meta">
        <strong>Revision {revision.revision}</strong> · <Timestamp date={revision.createdAt} now={now} />
        {revision.changes ? "" : " · as first written"}
      </p>
      <p className="revision__text">
        {revision.changes
          ? revision.changes.map((part, i) =>
              part.kind === "removed" ? (
                <del key={i}>{part.text}</del>
              ) : part.kind === "added" ? (
                <ins key={i}>{part.text}</ins>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )
          : revision.markdown}
      </p>
    </div>
  );
}
