/** Development without SMTP_URL: where the message went, and a link to it for its own machine's browser. */
export function DevOutboxNote({ folder, address }: { folder: string; address: string | null }) {
  return (
    <aside className="dev-note" aria-labelledby="dev-note-title">
      <h2 id="dev-note-title" className="dev-note__title">
        Development: no email was sent
      </h2>
      <p>
        <code>SMTP_URL</code> is not set, so the message is in the server log and in the outbox folder{" "}
        <code className="dev-note__path">{folder}</code>.
      </p>
      {address ? (
        <p>
          <a href="/dev/outbox">Open the newest message to {address}</a>
        </p>
      ) : null}
    </aside>
  );
}
