import type { FormState } from "@/lib/forms/form-state";

/** The form's overall outcome, announced politely to screen readers. */
export function FormMessage({ state, success }: { state: FormState; success?: string }) {
  return (
    <div aria-live="polite" className="form-message-slot">
      {state.status === "error" ? <p className="form-message form-message--error">{state.message}</p> : null}
      {state.status === "success" && (state.message || success) ? (
        <p className="form-message form-message--success">{state.message || success}</p>
      ) : null}
    </div>
  );
}
