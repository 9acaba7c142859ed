import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Check your email</h1>
      <p>We sent you a sign-in link. Open it on this device to finish signing in; it works once and expires in 30 minutes.</p>
    </main>
  );
}
