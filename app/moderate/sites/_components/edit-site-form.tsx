"use client";

import { useActionState, useId } from "react";
import { Field, FieldErrors } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/lib/forms/form-state";
import type { SiteSummary } from "@/lib/sites/list-sites";
import { updateSiteAction } from "../actions";
import { OriginsField } from "./origins-field";

const SIGN_IN_LABELS = {
  sso_and_parley: "The site's own accounts (SSO) and Parley accounts",
  sso_only: "The site's own accounts (SSO) only",
  parley_only: "Parley accounts only",
} as const;

export function EditSiteForm({ site }: { site: SiteSummary }) {
  const [state, action, pending] = useActionState(updateSiteAction, idleFormState);
  const id = useId();
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const typed = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="form" aria-label={`Edit ${site.name}`}>
      <input type="hidden" name="site" value={site.publicId} />
      <Field name="name" label="Name" defaultValue={typed?.name ?? site.name} errors={errors?.name} />
      <OriginsField defaultValue={typed?.origins ?? site.allowedOrigins.join("\n")} errors={errors?.origins} required={false} />
      <div className="field">
        <label htmlFor={`${id}-sign-in`}>Readers sign in with</label>
        <select id={`${id}-sign-in`} name="signIn" defaultValue={site.signIn} aria-describedby={errors?.signIn ? `${id}-sign-in-error` : undefined}>
          {Object.entries(SIGN_IN_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-sign-in-error`} errors={errors?.signIn} />
      </div>
      <label className="choice">
        <input type="checkbox" name="premoderation" defaultChecked={site.premoderation} /> Pre-moderation: every new comment waits for approval
      </label>
      <Field
        name="closeAfterDays"
        label="Close threads to new comments after (days)"
        type="number"
        required={false}
        defaultValue={typed?.closeAfterDays ?? site.closeAfterDays?.toString() ?? ""}
        hint="From 1 to 3650. Empty keeps threads open."
        errors={errors?.closeAfterDays}
      />
      <FormMessage state={state.status === "secret" ? idleFormState : state} />
      <button type="submit" className="button" disabled={pending}>
        Save site
      </button>
    </form>
  );
}
