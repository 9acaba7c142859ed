"use client";

import { useActionState } from "react";
import { idleFormState } from "@/lib/forms/form-state";
import { rotateSsoSecretAction } from "../actions";
import { SecretMessage } from "./secret-message";

export function RotateSecretForm({ publicId, hasSecret }: { publicId: string; hasSecret: boolean }) {
  const [state, action, pending] = useActionState(rotateSsoSecretAction, idleFormState);
  return (
    <form action={action} className="inline-form" aria-label="SSO secret">
      <input type="hidden" name="site" value={publicId} />
      <p className="meta">
        {hasSecret ? "An SSO secret is set. Rotating it makes a new one; tokens signed with the old one stop working at once." : "No SSO secret yet: generate one for single sign-on."}
      </p>
      <button type="submit" className="button button--secondary button--small" disabled={pending}>
        {hasSecret ? "Rotate SSO secret" : "Generate SSO secret"}
      </button>
      <SecretMessage state={state} />
    </form>
  );
}
