"use client";

import { useActionState } from "react";
import { Field } from "@/app/_components/field";
import { idleFormState } from "@/lib/forms/form-state";
import { createSiteAction } from "../actions";
import { OriginsField } from "./origins-field";
import { SecretMessage } from "./secret-message";

export function CreateSiteForm() {
  const [state, action, pending] = useActionState(createSiteAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="form" aria-label="Add a site">
      <h2>Add a site</h2>
      <Field name="name" label="Name" defaultValue={typed?.name ?? ""} errors={errors?.name} />
      <OriginsField defaultValue={typed?.origins ?? ""} errors={errors?.origins} required={true} />
      <SecretMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        Add site
      </button>
    </form>
  );
}
