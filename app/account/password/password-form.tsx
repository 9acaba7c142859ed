"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { changePasswordAction } from "../actions";

export function PasswordForm({ askCurrent }: { askCurrent: boolean }) {
  const [state, action, pending] = useActionState(changePasswordAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="form" aria-label="New password">
      {askCurrent ? (
        <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={errors?.currentPassword} />
      ) : null}
      <Field name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 10 characters." errors={errors?.newPassword} />
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save password"}
      </button>
    </form>
  );
}
