import type { Metadata } from "next";
import { SignInLinkForm } from "../../_components/sign-in-link-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Forgot your password?</h1>
      <p>We&apos;ll email you a sign-in link. Open it, and you can choose a new password straight away.</p>
      <SignInLinkForm callbackUrl="/account/password" heading="Get a sign-in link" submitLabel="Email me a link" />
    </main>
  );
}
