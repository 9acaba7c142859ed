type Props = {
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
};

import { useId } from "react";

/** A labelled input whose hint and errors are tied to it for screen readers. */
export function Field({ name, label, type = "text", autoComplete, hint, errors, defaultValue, required = true }: Props) {
  // Unique per form: a page may hold two forms with an "email" field.
  const id = `${useId()}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A field's problems, beside it; `id` is what the field's aria-describedby names. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="field__error">
      {errors.join(" ")}
    </p>
  ) : null;
}
