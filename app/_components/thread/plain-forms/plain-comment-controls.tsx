import type { CommentView } from "@/lib/comments/dto";
import { fill } from "@/lib/threads/format-message";
import type { ThreadMessages } from "@/lib/threads/messages";
import { PlainCommentForm } from "./plain-comment-form";
import { PlainDeleteForm } from "./plain-delete-form";
import { PlainEditForm } from "./plain-edit-form";
import type { PlainFormOptions } from "./plain-form";
import { PlainReportForm } from "./plain-report-form";
import { PlainVoteForm } from "./plain-vote-form";

type Props = PlainFormOptions & { comment: CommentView; threadId: number; messages: ThreadMessages };

/** A comment's controls as plain forms, each in a <details> so it opens without JavaScript: the embed's CommentActions. */
export function PlainCommentControls({ comment, threadId, messages: m, ...options }: Props) {
  if (comment.isDeleted) return null;
  const { can } = comment;
  return (
    <div className="comment__actions">
      <PlainVoteForm comment={comment} messages={m} {...options} />
      {can.reply ? (
        <Disclosure summary={m.reply}>
          <PlainCommentForm threadId={threadId} parentId={comment.id} label={fill(m.replyTo, { name: comment.author.displayName })} submitLabel={m.postReply} messages={m} {...options} />
        </Disclosure>
      ) : null}
      {can.edit && comment.editableMarkdown !== null ? (
        <Disclosure summary={m.edit}>
          <PlainEditForm commentId={comment.id} markdown={comment.editableMarkdown} messages={m} {...options} />
        </Disclosure>
      ) : null}
      {can.delete ? (
        <Disclosure summary={m.delete}>
          <PlainDeleteForm commentId={comment.id} messages={m} {...options} />
        </Disclosure>
      ) : null}
      {can.report ? (
        <Disclosure summary={m.report}>
          <PlainReportForm commentId={comment.id} messages={m} {...options} />
        </Disclosure>
      ) : null}
    </div>
  );
}

function Disclosure({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="disclosure">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
