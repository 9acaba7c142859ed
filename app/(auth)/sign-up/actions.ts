"use server";

import { signIn } from "@/lib/auth/auth";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { getClientIp } from "@/lib/http/client-ip";
import { type FormState, toFormState } from "@/lib/forms/form-state";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") };
  try {
    await signUp(input, await getClientIp());
  } catch (error) {
    return toFormState(error);
  }
  await signIn("credentials", {
    email: input.email,
    password: input.password,
    redirectTo: callbackPathSchema.parse(formData.get("callbackUrl") ?? undefined),
  });
  return { status: "success" };
}
