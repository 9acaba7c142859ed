import { useId } from "react";
import { FieldErrors } from "@/app/_components/field";

/** The allowed origins, one a line, with their errors tied to the textarea. */
export function OriginsField({ defaultValue, errors, required }: { defaultValue: string; errors?: string[]; required: boolean }) {
  const id = `${useId()}-origins`;
  return (
    <div className="field">
      <label htmlFor={id}>Allowed origins</label>
      <p id={`${id}-hint`} className="field__hint">
        One a line, as scheme://host[:port] (such as https://news.example): the pages allowed to show this site&apos;s threads.
      </p>
      <textarea
        id={id}
        name="origins"
        rows={3}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
