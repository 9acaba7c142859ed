"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="page page--message">
      <h1 className="page-title">Something went wrong</h1>
      <p>The page could not be shown; the service may be briefly unavailable. Nothing you wrote was lost: try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </main>
  );
}
