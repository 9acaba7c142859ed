"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { updateDisplayNameAction } from "./actions";

export function DisplayNameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateDisplayNameAction, idleFormState);
  return (
    <form action={action} className="form" aria-label="Display name">
      <Field
        name="name"
        label="Display name"
        autoComplete="nickname"
        defaultValue={name}
        hint="Shown next to your comments."
        errors={state.status === "error" ? state.fieldErrors?.name : undefined}
      />
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        Save
      </button>
    </form>
  );
}
