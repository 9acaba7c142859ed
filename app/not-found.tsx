import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="page page--message">
      <h1 className="page-title">Page not found</h1>
      <p>There is no article at this address. It may have been moved or taken down.</p>
      <p>
        <Link href="/">Back to the latest news</Link>
      </p>
    </main>
  );
}
