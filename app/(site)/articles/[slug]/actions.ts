"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { CommentFormState, VoteFormState } from "@/app/_components/thread/interactive/form-actions";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { getViewer } from "@/lib/auth/viewer";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { postComment } from "@/lib/comments/post-comment";
import { reportComment } from "@/lib/comments/report-comment";
import { voteComment } from "@/lib/comments/vote-comment";
import { type FormState, isForm, toFormState, toFormStateWithValues, unreadableFormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/http/client-ip";


// Forms carry the page they were on. With JavaScript the page refreshes in place;
// without it (no `js` field) the browser is sent back to the comment it acted on.
function finish(formData: FormData, commentId: number | null, state: FormState): FormState {
  const returnTo = callbackPathSchema.parse(formData.get("returnTo") ?? undefined);
  revalidatePath(new URL(returnTo, "http://x").pathname);
  if (formData.get("js") !== "1") redirect(commentId ? `${returnTo}#comment-${commentId}` : returnTo);
  return state;
}

function fields(formData: FormData, names: string[]): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(names.map((n) => [n, formData.get(n)]));
}

export async function postCommentAction(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  if (!isForm(formData)) return unreadableFormState;
  let created: { id: number };
  try {
    created = await postComment(await getViewer(), fields(formData, ["threadId", "parentId", "body"]), { ip: await getClientIp() });
  } catch (error) {
    return toFormStateWithValues(error, formData, ["body"]);
  }
  if (formData.get("js") !== "1") {
    const slug = String(formData.get("slug") ?? "");
    redirect(`/articles/${encodeURIComponent(slug)}?comment=${created.id}#comment-${created.id}`);
  }
  revalidatePath(`/articles/${String(formData.get("slug") ?? "")}`);
  return { status: "success", commentId: created.id };
}

export async function editCommentAction(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const edited = await editComment(await getViewer(), fields(formData, ["commentId", "body"]));
    return { ...finish(formData, edited.id, { status: "success", message: "Saved." }), commentId: edited.id };
  } catch (error) {
    return toFormStateWithValues(error, formData, ["body"]);
  }
}

export async function deleteCommentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const deleted = await deleteComment(await getViewer(), fields(formData, ["commentId"]));
    return finish(formData, deleted.removed ? null : deleted.id, { status: "success", message: "Deleted." });
  } catch (error) {
    return toFormState(error);
  }
}

export async function voteCommentAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const vote = await voteComment(await getViewer(), fields(formData, ["commentId", "direction"]), { ip: await getClientIp() });
    return { ...finish(formData, vote.commentId, { status: "success" }), vote };
  } catch (error) {
    return toFormState(error);
  }
}

export async function reportCommentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    await reportComment(await getViewer(), fields(formData, ["commentId", "reason", "note"]));
  } catch (error) {
    return toFormStateWithValues(error, formData, ["note"]);
  }
  const message = "Thanks. The moderators will take a look.";
  return finish(formData, Number(formData.get("commentId")) || null, { status: "success", message });
}
