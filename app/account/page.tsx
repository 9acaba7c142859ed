import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { Avatar } from "../_components/avatar";
import { DisplayNameForm } from "./display-name-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Your account</h1>
      <p className="account-summary">
        <Avatar name={viewer.displayName} image={viewer.image} size={48} />
        <span>
          <strong>{viewer.displayName}</strong>
          <br />
          <span className="meta">{viewer.email}</span>
        </span>
      </p>
      <DisplayNameForm name={viewer.displayName} />
    </main>
  );
}
