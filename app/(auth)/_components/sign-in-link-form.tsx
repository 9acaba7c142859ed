"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { sendSignInLinkAction } from "../sign-in/actions";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";

type Props = { callbackUrl: string; heading?: string; submitLabel?: string };

export function SignInLinkForm({ callbackUrl, heading = "With a link by email", submitLabel = "Email me a sign-in link" }: Props) {
  const [state, action, pending] = useActionState(sendSignInLinkAction, idleFormState);
  return (
    <form action={action} className="form" aria-labelledby="link-heading">
      <h2 id="link-heading">{heading}</h2>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="Email" type="email" autoComplete="email" errors={state.status === "error" ? state.fieldErrors?.email : undefined} />
      <FormMessage state={state} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </button>
    </form>
  );
}
