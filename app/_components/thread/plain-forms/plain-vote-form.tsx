import type { CommentView } from "@/lib/comments/dto";
import type { ThreadMessages } from "@/lib/threads/messages";
import { PlainForm, type PlainFormOptions } from "./plain-form";

type Props = PlainFormOptions & { comment: Pick<CommentView, "id" | "upvotes" | "downvotes" | "viewerVote" | "can">; messages: ThreadMessages };

/** Up or down: `/embed/actions/vote` (fields commentId, direction up|down); the tally alone when the reader can't vote. */
export function PlainVoteForm({ comment, messages: m, ...options }: Props) {
  if (!comment.can.vote) {
    return (
      <span className="votes votes--readonly">
        <span aria-hidden="true">▲</span> {comment.upvotes} <span className="sr-only">{m.upShort}</span> <span aria-hidden="true">▼</span> {comment.downvotes}{" "}
        <span className="sr-only">{m.downShort}</span>
      </span>
    );
  }
  return (
    <PlainForm action="vote" className="votes" fields={{ commentId: comment.id }} {...options}>
      <button type="submit" name="direction" value="up" className="vote" aria-pressed={comment.viewerVote === 1}>
        <span aria-hidden="true">▲</span> <span className="sr-only">{m.upvote}</span> {comment.upvotes}
      </button>
      <button type="submit" name="direction" value="down" className="vote" aria-pressed={comment.viewerVote === -1}>
        <span aria-hidden="true">▼</span> <span className="sr-only">{m.downvote}</span> {comment.downvotes}
      </button>
    </PlainForm>
  );
}
