"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { signInWithPasswordAction } from "../sign-in/actions";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signInWithPasswordAction, idleFormState);
  return (
    <form action={action} className="form" aria-labelledby="password-heading">
      <h2 id="password-heading">With your password</h2>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={state.status === "error" ? state.values?.email : undefined} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" />
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="meta">
        <Link href="/sign-in/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}
