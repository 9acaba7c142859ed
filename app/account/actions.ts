"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { auth, signIn } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { emailLinkSignInAt } from "@/lib/auth/session-claims";
import { updateDisplayName } from "@/lib/auth/update-display-name";
import { getViewer } from "@/lib/auth/viewer";
import { type FormState, toFormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/http/client-ip";

export async function updateDisplayNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await updateDisplayName(await getViewer(), { name: formData.get("name") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return { status: "success", message: "Your display name is saved." };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const newPassword = formData.get("newPassword");
  let email: string;
  try {
    const proof = { ip: await getClientIp(), emailLinkSignInAt: emailLinkSignInAt(await auth()) };
    ({ email } = await changePassword(await getViewer(), { currentPassword: formData.get("currentPassword") ?? undefined, newPassword }, proof));
  } catch (error) {
    return toFormState(error);
  }
  // The change ended every session of the account, this one too: sign this browser in again.
  try {
    await signIn("credentials", { email, password: String(newPassword), redirectTo: "/account?notice=password-changed" });
  } catch (error) {
    // Success throws NEXT_REDIRECT, which must pass through; if signing in again fails, the password still changed.
    if (error instanceof AuthError) redirect("/sign-in?callbackUrl=/account");
    throw error;
  }
  return { status: "success" };
}
