import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { Avatar } from "../_components/avatar";
import { Notice } from "../_components/notice";
import { DisplayNameForm } from "./display-name-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "password-changed": "Your new password is saved. Other devices were signed out.",
};

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  const notice = NOTICES[(await searchParams).notice ?? ""];
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Your account</h1>
      <Notice notice={notice} />
      <p className="account-summary">
        <Avatar name={viewer.displayName} image={viewer.image} size={48} />
        <span>
          <strong>{viewer.displayName}</strong>
          <br />
          <span className="meta">{viewer.email}</span>
        </span>
      </p>
      <DisplayNameForm name={viewer.displayName} />
      <section aria-labelledby="password-heading" className="form">
        <h2 id="password-heading">Password</h2>
        <p>
          <Link href="/account/password">Change or set your password</Link>
        </p>
      </section>
    </main>
  );
}
