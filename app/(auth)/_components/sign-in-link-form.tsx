"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { sendSignInLinkAction } from "../sign-in/actions";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";

export function SignInLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(sendSignInLinkAction, idleFormState);
  return (
    <form action={action} className="form" aria-labelledby="link-heading">
      <h2 id="link-heading">With a link by email</h2>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email" type="email" autoComplete="email" errors={state.status === "error" ? state.fieldErrors?.email : undefined} />
      <FormMessage state={state} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
