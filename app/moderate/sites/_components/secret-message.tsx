import { useId } from "react";
import { FormMessage } from "@/app/_components/form-message";
import type { SiteFormState } from "../actions";

/** A form's outcome; a new SSO secret is shown here, once, and nowhere else. */
export function SecretMessage({ state }: { state: SiteFormState }) {
  const warning = `${useId()}-warning`;
  if (state.status !== "secret") return <FormMessage state={state} />;
  return (
    <div aria-live="polite" className="form-message-slot">
      <div className="form-message form-message--success secret">
        <p>{state.message}</p>
        <p>
          <label>
            SSO secret <input className="secret__value" readOnly value={state.ssoSecret} aria-describedby={warning} />
          </label>
        </p>
        <p id={warning}>
          <strong>Copy it now: it is shown only this once.</strong> Parley never shows it again; if it is lost, generate a new one.
          The publisher&apos;s server signs its readers&apos; tokens with it (HS256). Keep it out of pages and scripts.
        </p>
      </div>
    </div>
  );
}
