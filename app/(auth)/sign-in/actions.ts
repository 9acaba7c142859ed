"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { callbackPathSchema, emailSchema } from "@/lib/auth/schemas";
import type { FormState } from "@/lib/forms/form-state";

const SIGN_IN_ERRORS: Record<string, string> = {
  rate_limited: "Too many sign-in attempts. Wait a few minutes, then try again.",
  credentials: "That email and password don't match an account.",
  email_unconfirmed: "Confirm your email first: open the link we sent when you signed up, or sign up again for a new one.",
};

export async function signInWithPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const redirectTo = callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined);
  try {
    await signIn("credentials", {
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
      redirectTo,
    });
  } catch (error) {
    // Success throws NEXT_REDIRECT, which must pass through.
    if (!(error instanceof AuthError)) throw error;
    const code = error.type === "CredentialsSignin" ? ((error as AuthError & { code?: string }).code ?? "credentials") : "";
    return { status: "error", message: SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.credentials!, values: { email: String(formData.get("email") ?? "") } };
  }
  return { status: "success" };
}

export async function sendSignInLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) {
    return { status: "error", message: "Enter a valid email address.", fieldErrors: { email: z.flattenError(email.error).formErrors } };
  }
  const redirectTo = callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined);
  try {
    await signIn("nodemailer", { email: email.data, redirectTo, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: "error", message: "We couldn't send a sign-in link just now. If you asked for several, wait a few minutes and try again." };
  }
  redirect("/sign-in/check-email");
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = z.enum(["github", "google", "oidc"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined) });
}
