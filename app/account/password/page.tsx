import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { LINK_PROOF_MINUTES, getPasswordOptions } from "@/lib/auth/change-password";
import { emailLinkSignInAt } from "@/lib/auth/session-claims";
import { getViewer } from "@/lib/auth/viewer";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Your password", robots: { index: false } };

export default async function PasswordPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account/password");
  const { hasPassword, linkProven } = await getPasswordOptions(viewer, emailLinkSignInAt(await auth()));
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">{hasPassword ? "Change your password" : "Set a password"}</h1>
      {linkProven || hasPassword ? (
        <>
          <p>
            {linkProven
              ? "You signed in with an email link just now, so you can choose a new password without the old one."
              : "Enter your current password, then the new one."}{" "}
            Saving it signs you out everywhere else.
          </p>
          <PasswordForm askCurrent={!linkProven} />
        </>
      ) : (
        <p>
          Your account signs in by email link{viewer.email ? ` (${viewer.email})` : ""} or a provider. To add a password,{" "}
          <Link href="/sign-in/forgot-password">get a sign-in link</Link>, open it, and come back here within {LINK_PROOF_MINUTES} minutes.
        </p>
      )}
      <p>
        <Link href="/account">Back to your account</Link>
      </p>
    </main>
  );
}
