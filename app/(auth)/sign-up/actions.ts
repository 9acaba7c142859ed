"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { withSignUp } from "@/lib/auth/sign-up-context";
import { rememberOutboxAddress } from "@/lib/dev-outbox/outbox-address";
import { getClientIp } from "@/lib/http/client-ip";
import { type FormState, isForm, toFormStateWithValues, unreadableFormState } from "@/lib/forms/form-state";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  const input = { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") };
  const redirectTo = callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined);
  try {
    const request = await signUp(input, await getClientIp());
    await withSignUp(request, () => signIn("nodemailer", { email: request.email, redirectTo, redirect: false }));
    await rememberOutboxAddress(request.email);
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: "We couldn't send the confirmation email just now. Please try again in a few minutes." };
    return toFormStateWithValues(error, formData, ["name", "email"]);
  }
  redirect("/sign-in/check-email?for=sign-up");
}
