/** The outcome of the last moderation action, carried in the URL. */
export function Notice({ notice, error }: { notice?: string; error?: string }) {
  return (
    <div aria-live="polite">
      {error ? <p className="form-message form-message--error notice">{error}</p> : null}
      {notice ? <p className="form-message form-message--success notice">{notice}</p> : null}
    </div>
  );
}
