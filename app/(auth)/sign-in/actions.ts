"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { callbackPathSchema, emailSchema } from "@/lib/auth/schemas";
import { countEmailLink } from "@/lib/auth/email-link-limits";
import { recordingSignIn } from "@/lib/auth/known-device";
import { markKnownDevice } from "@/lib/auth/mark-known-device";
import { rememberOutboxAddress } from "@/lib/dev-outbox/outbox-address";
import { type FormState, isForm, toFormState, unreadableFormState } from "@/lib/forms/form-state";
import { getClientIp } from "@/lib/http/client-ip";

const SIGN_IN_ERRORS: Record<string, string> = {
  rate_limited: "Too many sign-in attempts. Wait a few minutes, then try again.",
  credentials: "That email and password don't match an account.",
  email_unconfirmed: "Confirm your email first: open the link we sent when you signed up, or sign up again for a new one.",
};

export async function signInWithPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  const redirectTo = callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined);
  const email = String(formData.get("email") ?? "");
  const failed = (code: string): FormState => ({ status: "error", message: SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.credentials!, values: { email } });
  let signedIn: { result: string; signedInUserId?: string };
  try {
    signedIn = await recordingSignIn(() => signIn("credentials", { email, password: String(formData.get("password") ?? ""), redirectTo, redirect: false }));
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return failed(error.type === "CredentialsSignin" ? ((error as AuthError & { code?: string }).code ?? "credentials") : "");
  }
  // Auth.js's signIn can return without signing in (a request can ask it to): only a sign-in
  // Auth.js completed counts.
  if (!signedIn.signedInUserId) return failed("credentials");
  await markKnownDevice(signedIn.signedInUserId, signedIn.result);
  redirect(signedIn.result);
}

export async function sendSignInLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  const email = emailSchema.safeParse(formData.get("email"));
  if (!email.success) {
    return { status: "error", message: "Enter a valid email address.", fieldErrors: { email: z.flattenError(email.error).formErrors } };
  }
  const redirectTo = callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined);
  try {
    await countEmailLink(email.data, await getClientIp(), new Date(), (await headers()).get("cookie"));
  } catch (error) {
    return toFormState(error);
  }
  try {
    await signIn("nodemailer", { email: email.data, redirectTo, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: "error", message: "We couldn't send a sign-in link just now. Please try again." };
  }
  await rememberOutboxAddress(email.data);
  redirect("/sign-in/check-email");
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  if (!isForm(formData)) return;
  const provider = z.enum(["github", "google", "oidc"]).safeParse(formData.get("provider"));
  if (!provider.success) redirect("/sign-in");
  await signIn(provider.data, { redirectTo: callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined) });
}
