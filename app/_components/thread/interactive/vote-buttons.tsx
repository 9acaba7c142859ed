"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { idleFormState } from "@/lib/forms/form-state";
import type { ThreadMessages } from "@/lib/threads/messages";
import type { CommentFormActions, VoteFormState } from "./form-actions";
import { JsFlag } from "./js-flag";

type Tally = { upvotes: number; downvotes: number; viewerVote: -1 | 0 | 1 };
type Props = Tally & { commentId: number; returnTo: string; canVote: boolean; action: CommentFormActions["vote"]; messages: ThreadMessages };

export function VoteButtons({ commentId, returnTo, canVote, action: voteAction, messages: m, ...initial }: Props) {
  const [state, action] = useActionState<VoteFormState, FormData>(voteAction, idleFormState);
  const tally = state.vote ?? initial;
  if (!canVote) {
    return (
      <span className="votes votes--readonly">
        <span aria-hidden="true">▲</span> {tally.upvotes} <span className="sr-only">{m.upShort}</span> <span aria-hidden="true">▼</span> {tally.downvotes}{" "}
        <span className="sr-only">{m.downShort}</span>
      </span>
    );
  }
  return (
    <form action={action} className="votes">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <JsFlag />
      <VoteChoices tally={tally} messages={m} />
      {state.status === "error" ? (
        <span role="status" className="field__error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

// The tally moves as soon as a button is pressed; the server's answer then confirms it.
function VoteChoices({ tally, messages: m }: { tally: Tally; messages: ThreadMessages }) {
  const { pending, data } = useFormStatus();
  const shown = pending ? predict(tally, data?.get("direction") === "down" ? -1 : 1) : tally;
  return (
    <>
      <button type="submit" name="direction" value="up" className="vote" aria-pressed={shown.viewerVote === 1}>
        <span aria-hidden="true">▲</span> <span className="sr-only">{m.upvote}</span> {shown.upvotes}
      </button>
      <button type="submit" name="direction" value="down" className="vote" aria-pressed={shown.viewerVote === -1}>
        <span aria-hidden="true">▼</span> <span className="sr-only">{m.downvote}</span> {shown.downvotes}
      </button>
    </>
  );
}

function predict(t: Tally, pressed: 1 | -1): Tally {
  const next = t.viewerVote === pressed ? 0 : pressed;
  const up = t.upvotes - (t.viewerVote === 1 ? 1 : 0) + (next === 1 ? 1 : 0);
  const down = t.downvotes - (t.viewerVote === -1 ? 1 : 0) + (next === -1 ? 1 : 0);
  return { upvotes: up, downvotes: down, viewerVote: next };
}
