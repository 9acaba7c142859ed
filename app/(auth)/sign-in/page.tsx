import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listOAuthProviders } from "@/lib/auth/providers";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { getViewer } from "@/lib/auth/viewer";
import { PasswordSignInForm } from "../_components/password-sign-in-form";
import { SignInLinkForm } from "../_components/sign-in-link-form";
import { signInWithProviderAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const AUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email already has an account here. Sign in the way you did before.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  AccessDenied: "Sign-in was cancelled.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = callbackPathSchema.parse(rawCallback);
  if (await getViewer()) redirect(callbackUrl);
  const providers = listOAuthProviders();
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Sign in</h1>
      <p>Sign in to comment, reply, vote and report. Reading is open to everyone.</p>
      {error ? (
        <p className="form-message form-message--error" role="status">
          {AUTH_ERRORS[error] ?? "Sign-in didn't work. Please try again."}
        </p>
      ) : null}
      {providers.length > 0 ? (
        <section aria-labelledby="providers-heading" className="form">
          <h2 id="providers-heading">With an account you already have</h2>
          {providers.map((p) => (
            <form key={p.id} action={signInWithProviderAction}>
              <input type="hidden" name="provider" value={p.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className="button button--secondary button--wide">
                Continue with {p.name}
              </button>
            </form>
          ))}
        </section>
      ) : null}
      <PasswordSignInForm callbackUrl={callbackUrl} />
      <SignInLinkForm callbackUrl={callbackUrl} />
      <p>
        New here? <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </main>
  );
}
