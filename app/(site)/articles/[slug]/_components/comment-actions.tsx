"use client";

import { useCallback, useRef } from "react";
import type { CommentView } from "@/lib/comments/dto";
import { CommentForm } from "./comment-form";
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
};

/** A comment's controls. Each form sits in a <details>, so it opens inline with or without JavaScript. */
export function CommentActions({ comment, authorName, slug, threadId, returnTo }: Props) {
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
      />
      {can.reply ? (
        <details ref={replyRef} className="disclosure">
          <summary>Reply</summary>
          <CommentForm slug={slug} threadId={threadId} parentId={comment.id} label={`Reply to ${authorName}`} submitLabel="Post reply" autoFocus onPosted={closeReply} />
        </details>
      ) : null}
      {can.edit && comment.editableMarkdown !== null ? (
        <details className="disclosure">
          <summary>Edit</summary>
          <EditCommentForm commentId={comment.id} markdown={comment.editableMarkdown} returnTo={returnTo} />
        </details>
      ) : null}
      {can.delete ? (
        <details className="disclosure">
          <summary>Delete</summary>
          <DeleteCommentForm commentId={comment.id} returnTo={returnTo} />
        </details>
      ) : null}
      {can.report ? (
        <details className="disclosure">
          <summary>Report</summary>
          <ReportCommentForm commentId={comment.id} returnTo={returnTo} />
        </details>
      ) : null}
    </div>
  );
}
