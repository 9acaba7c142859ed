import type { Metadata } from "next";
import { getDevOutboxView } from "@/lib/dev-outbox/get-dev-outbox-view";
import { DevOutboxNote } from "./dev-outbox-note";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

type Props = { searchParams: Promise<{ for?: string }> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const signingUp = (await searchParams).for === "sign-up";
  const devOutbox = await getDevOutboxView();
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Check your email</h1>
      {signingUp ? (
        <p>
          We sent a link to confirm your address. Open it on this device to finish creating your account and sign in; it
          works once and expires in 30 minutes. Until then, your password can&apos;t be used.
        </p>
      ) : (
        <p>We sent you a sign-in link. Open it on this device to finish signing in; it works once and expires in 30 minutes.</p>
      )}
      {devOutbox ? <DevOutboxNote folder={devOutbox.folder} address={devOutbox.address} /> : null}
    </main>
  );
}
