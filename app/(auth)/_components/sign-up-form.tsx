"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { signUpAction } from "../sign-up/actions";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUpAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="form" aria-label="Create an account">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="name" label="Display name" autoComplete="nickname" hint="Shown next to your comments." errors={errors?.name} defaultValue={typed?.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" errors={errors?.email} defaultValue={typed?.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={errors?.password}
      />
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
