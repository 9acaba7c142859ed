"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { auth, signIn } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { recordingSignIn } from "@/lib/auth/known-device";
import { markKnownDevice } from "@/lib/auth/mark-known-device";
import { emailLinkSignInAt } from "@/lib/auth/session-claims";
import { updateDisplayName } from "@/lib/auth/update-display-name";
import { getViewer } from "@/lib/auth/viewer";
import { type FormState, isForm, toFormState, unreadableFormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/http/client-ip";

export async function updateDisplayNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    await updateDisplayName(await getViewer(), { name: formData.get("name") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return { status: "success", message: "Your display name is saved." };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  const newPassword = formData.get("newPassword");
  let changed: { userId: string; email: string };
  try {
    const proof = { ip: await getClientIp(), emailLinkSignInAt: emailLinkSignInAt(await auth()), deviceCookie: (await headers()).get("cookie") };
    changed = await changePassword(await getViewer(), { currentPassword: formData.get("currentPassword") ?? undefined, newPassword }, proof);
  } catch (error) {
    return toFormState(error);
  }
  // The change ended every session of the account, this one too: the server signs this browser
  // in again (past the account's ceiling, which strangers may have filled) and marks it anew.
  const landing = "/account?notice=password-changed";
  try {
    const signedIn = await recordingSignIn(
      () => signIn("credentials", { email: changed.email, password: String(newPassword), redirectTo: landing, redirect: false }),
      { trustedUserId: changed.userId },
    );
    if (signedIn.signedInUserId) await markKnownDevice(signedIn.signedInUserId, signedIn.result);
  } catch (error) {
    // If signing in again fails, the password still changed: the reader signs in themselves.
    if (!(error instanceof AuthError)) throw error;
    redirect("/sign-in?callbackUrl=/account");
  }
  redirect(landing);
}
