"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { signUpConfirmedPath } from "@/lib/auth/sign-up-link";
import { getClientIp } from "@/lib/http/client-ip";
import { type FormState, toFormStateWithValues } from "@/lib/forms/form-state";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") };
  const callbackPath = callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined);
  try {
    const { email } = await signUp(input, await getClientIp());
    await signIn("nodemailer", { email, redirectTo: signUpConfirmedPath(callbackPath), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: "We couldn't send the confirmation email just now. If you asked for several, wait a few minutes and try again." };
    return toFormStateWithValues(error, formData, ["name", "email"]);
  }
  redirect("/sign-in/check-email?for=sign-up");
}
