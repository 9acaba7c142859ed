import type { Metadata } from "next";
import Link from "next/link";
import { callbackPathSchema } from "@/lib/auth/schemas";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const callbackUrl = callbackPathSchema.parse((await searchParams).callbackUrl);
  return (
    <main id="main" className="page page--narrow">
      <h1 className="page-title">Create an account</h1>
      <SignUpForm callbackUrl={callbackUrl} />
      <p>
        Already have one? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </main>
  );
}
