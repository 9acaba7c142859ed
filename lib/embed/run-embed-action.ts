import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment } from "@/lib/comments/post-comment";
import { reportComment } from "@/lib/comments/report-comment";
import { voteComment } from "@/lib/comments/vote-comment";
import type { EmbedNotice } from "./embed-request";

export const EMBED_ACTIONS = ["post", "edit", "delete", "vote", "report", "sign-out"] as const;
export type EmbedAction = (typeof EMBED_ACTIONS)[number];
export type CommentAction = Exclude<EmbedAction, "sign-out">;

export type ActionOutcome = { notice: EmbedNotice; commentId?: number; focus?: boolean };

type Fields = Record<string, FormDataEntryValue | null>;
const pick = (form: FormData, names: string[]): Fields => Object.fromEntries(names.map((n) => [n, form.get(n)]));

/**
 * One comment write from an iframe form, through the same use-cases as the article page (each
 * checks the viewer itself). Throws their AppError; the route turns it into an error code.
 */
export async function runEmbedAction(action: CommentAction, viewer: Viewer | null, form: FormData, ip: string): Promise<ActionOutcome> {
  switch (action) {
    case "post": {
      const created = await postComment(viewer, pick(form, ["threadId", "parentId", "body"]), { ip });
      return { notice: created.status === "published" ? "posted" : "held", commentId: created.id, focus: true };
    }
    case "edit": {
      const edited = await editComment(viewer, pick(form, ["commentId", "body"]));
      return { notice: edited.status === "pending" ? "held" : "saved", commentId: edited.id };
    }
    case "delete": {
      const deleted = await deleteComment(viewer, pick(form, ["commentId"]));
      return { notice: "deleted", commentId: deleted.removed ? undefined : deleted.id };
    }
    case "vote": {
      const vote = await voteComment(viewer, pick(form, ["commentId", "direction"]), { ip });
      return { notice: "voted", commentId: vote.commentId };
    }
    case "report": {
      await reportComment(viewer, pick(form, ["commentId", "reason", "note"]));
      return { notice: "reported", commentId: Number(form.get("commentId")) || undefined };
    }
  }
}
