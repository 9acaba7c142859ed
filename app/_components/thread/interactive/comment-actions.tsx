"use client";

import { useCallback, useRef } from "react";
import type { CommentView } from "@/lib/comments/dto";
import { fill } from "@/lib/threads/format-message";
import type { ThreadMessages } from "@/lib/threads/messages";
import { CommentForm } from "./comment-form";
import type { CommentFormActions } from "./form-actions";
import { DeleteCommentForm } from "./delete-comment-form";
import { EditCommentForm } from "./edit-comment-form";
import { ReportCommentForm } from "./report-comment-form";
import { VoteButtons } from "./vote-buttons";

type Props = {
  comment: Pick<CommentView, "id" | "upvotes" | "downvotes" | "viewerVote" | "can" | "editableMarkdown" | "isDeleted">;
  authorName: string;
  slug: string;
  threadId: number;
  returnTo: string;
  actions: CommentFormActions;
  messages: ThreadMessages;
};

/** A comment's controls. Each form sits in a <details>, so it opens inline with or without JavaScript. */
export function CommentActions({ comment, authorName, slug, threadId, returnTo, actions, messages: m }: Props) {
  const replyRef = useRef<HTMLDetailsElement>(null);
  const closeReply = useCallback(() => {
    if (replyRef.current) replyRef.current.open = false;
  }, []);
  const { can } = comment;
  if (comment.isDeleted) return null;
  return (
    <div className="comment__actions">
      <VoteButtons
        commentId={comment.id}
        returnTo={returnTo}
        canVote={can.vote}
        upvotes={comment.upvotes}
        downvotes={comment.downvotes}
        viewerVote={comment.viewerVote}
        action={actions.vote}
        messages={m}
      />
      {can.reply ? (
        <details ref={replyRef} className="disclosure">
          <summary>{m.reply}</summary>
          <CommentForm action={actions.post} messages={m} slug={slug} threadId={threadId} parentId={comment.id} label={fill(m.replyTo, { name: authorName })} submitLabel={m.postReply} autoFocus onPosted={closeReply} />
        </details>
      ) : null}
      {can.edit && comment.editableMarkdown !== null ? (
        <details className="disclosure">
          <summary>{m.edit}</summary>
          <EditCommentForm action={actions.edit} messages={m} commentId={comment.id} markdown={comment.editableMarkdown} returnTo={returnTo} />
        </details>
      ) : null}
      {can.delete ? (
        <details className="disclosure">
          <summary>{m.delete}</summary>
          <DeleteCommentForm action={actions.delete} messages={m} commentId={comment.id} returnTo={returnTo} />
        </details>
      ) : null}
      {can.report ? (
        <details className="disclosure">
          <summary>{m.report}</summary>
          <ReportCommentForm action={actions.report} messages={m} commentId={comment.id} returnTo={returnTo} />
        </details>
      ) : null}
    </div>
  );
}
