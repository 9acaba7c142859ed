import { UNAVAILABLE_MESSAGE } from "@/lib/unavailable";

/** In place of the thread while the database is unreachable: the article above it is still shown. */
export function CommentsUnavailable() {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      <p className="form-message form-message--error" role="status">
        {UNAVAILABLE_MESSAGE}
      </p>
    </section>
  );
}
