"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { getViewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { isForm } from "@/lib/forms/form-state";
import { banUser, unbanUser } from "@/lib/moderation/ban-user";
import { changeRole } from "@/lib/moderation/change-role";
import { featureComment } from "@/lib/moderation/feature-comment";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { setThreadClosed, setThreadPremoderated } from "@/lib/moderation/set-thread-flags";
import { formatExactTime } from "@/lib/time/relative-time";

// Every moderation form posts here and lands back where it came from with a notice
// (or the error) in the URL: the same with and without JavaScript. Each use-case
// checks the role itself; these only translate forms.
async function run(formData: FormData, task: () => Promise<string>): Promise<void> {
  if (!isForm(formData)) return;
  const back = new URL(callbackPathSchema.parse(formData.get("returnTo") ?? undefined), "http://x");
  back.searchParams.delete("notice");
  back.searchParams.delete("error");
  try {
    back.searchParams.set("notice", await task());
  } catch (error) {
    if (!isAppError(error)) throw error;
    back.searchParams.set("error", error.message);
  }
  revalidatePath("/", "layout");
  const anchor = String(formData.get("anchor") ?? "");
  redirect(`${back.pathname}${back.search}${/^#[\w-]{1,80}$/.test(anchor) ? anchor : ""}`);
}

export async function moderateCommentsAction(formData: FormData) {
  await run(formData, async () => {
    const commentIds = formData.getAll("commentId").map(String).slice(0, 101);
    const revisions = Object.fromEntries(commentIds.map((id) => [id, formData.get(`revision-${id}`) ?? undefined]));
    const decision = formData.get("decision");
    const { updated } = await moderateComments(await getViewer(), { commentIds, revisions, decision, reason: formData.get("reason") ?? undefined });
    const done = { approve: "approved", reject: "rejected", spam: "marked as spam" }[String(decision)] ?? "updated";
    return updated === 1 ? `Comment ${done}.` : `${updated} comments ${done}.`;
  });
}

export async function featureCommentAction(formData: FormData) {
  await run(formData, async () => {
    const featured = formData.get("featured") === "true";
    await featureComment(await getViewer(), { commentId: formData.get("commentId"), featured });
    return featured ? "Comment featured." : "Comment no longer featured.";
  });
}

export async function banUserAction(formData: FormData) {
  await run(formData, async () => {
    const { until, site } = await banUser(await getViewer(), { userId: formData.get("userId"), duration: formData.get("duration"), reason: formData.get("reason"), site: formData.get("site") ?? undefined });
    const where = site ? ` on ${site.name}` : "";
    return until ? `Banned${where} until ${formatExactTime(until)}.` : `Banned${where} permanently.`;
  });
}

export async function unbanUserAction(formData: FormData) {
  await run(formData, async () => {
    await unbanUser(await getViewer(), { userId: formData.get("userId"), site: formData.get("site") ?? undefined });
    return "Ban lifted.";
  });
}

export async function setThreadClosedAction(formData: FormData) {
  await run(formData, async () => {
    const value = formData.get("value") === "true";
    await setThreadClosed(await getViewer(), { threadId: formData.get("threadId"), value });
    return value ? "Comments closed." : "Comments reopened.";
  });
}

export async function setThreadPremoderatedAction(formData: FormData) {
  await run(formData, async () => {
    const value = formData.get("value") === "true";
    await setThreadPremoderated(await getViewer(), { threadId: formData.get("threadId"), value });
    return value ? "New comments on this article now wait for approval." : "New comments on this article publish directly.";
  });
}

export async function changeRoleAction(formData: FormData) {
  await run(formData, async () => {
    const { role } = await changeRole(await getViewer(), { userId: formData.get("userId"), role: formData.get("role") });
    return `Role changed to ${role}.`;
  });
}
