import type { Metadata } from "next";

export const unavailableMetadata: Metadata = { title: "Briefly unavailable", robots: { index: false } };

/** A whole page that could not be built because the database is unreachable. */
export function ServiceUnavailable() {
  return (
    <main id="main" className="page page--message">
      <h1 className="page-title">Briefly unavailable</h1>
      <p>We can&apos;t reach our database just now. Nothing you wrote was lost: try again in a moment.</p>
    </main>
  );
}
