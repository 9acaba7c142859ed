"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/constants";
import { idleFormState } from "@/lib/forms/form-state";
import type { ThreadMessages } from "@/lib/threads/messages";
import type { CommentFormActions, CommentFormState } from "./form-actions";
import { JsFlag } from "./js-flag";

type Props = {
  action: CommentFormActions["post"];
  messages: ThreadMessages;
  slug: string;
  threadId: number;
  parentId?: number;
  label: string;
  submitLabel: string;
  autoFocus?: boolean;
  onPosted?: () => void;
};

/** Writes a new comment or a reply. Works as a plain form; with JavaScript it posts in place. */
export function CommentForm({ action: postAction, messages: m, slug, threadId, parentId, label, submitLabel, autoFocus, onPosted }: Props) {
  const [state, action] = useActionState<CommentFormState, FormData>(postAction, idleFormState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();

  useEffect(() => {
    if (state.status !== "success" || !state.commentId) return;
    formRef.current?.reset();
    onPosted?.();
    const posted = document.getElementById(`comment-${state.commentId}`);
    if (posted) {
      posted.focus();
      posted.scrollIntoView({ block: "center" });
    } else {
      // Not on the page as sorted now (e.g. page two of "best"): open it by its permalink.
      router.push(`/articles/${encodeURIComponent(slug)}?comment=${state.commentId}#comment-${state.commentId}`);
    }
  }, [state, slug, onPosted, router]);

  const error = state.status === "error" ? (state.fieldErrors?.body?.[0] ?? state.message) : null;
  return (
    <form ref={formRef} action={action} className="comment-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="threadId" value={threadId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <JsFlag />
      <label htmlFor={`${id}-body`} className="comment-form__label">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={parentId ? 3 : 4}
        maxLength={MAX_COMMENT_LENGTH}
        required
        autoFocus={autoFocus}
        defaultValue={state.status === "error" ? (state.values?.body ?? "") : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-help`} className="field__hint">
        {m.markdownHint}
      </p>
      <div aria-live="polite">
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
      <SubmitRow submitLabel={submitLabel} postingLabel={m.posting} />
    </form>
  );
}

// Optimistic: while the post is in flight, the text already shows as the comment to be.
function SubmitRow({ submitLabel, postingLabel }: { submitLabel: string; postingLabel: string }) {
  const { pending, data } = useFormStatus();
  const body = pending ? String(data?.get("body") ?? "") : "";
  return (
    <>
      {pending && body ? (
        <div className="comment comment--pending" aria-hidden="true">
          <p className="meta">{postingLabel}</p>
          <p className="comment__text">{body}</p>
        </div>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {pending ? postingLabel : submitLabel}
      </button>
    </>
  );
}
