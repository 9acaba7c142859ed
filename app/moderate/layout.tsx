import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/moderation/require-role";
import { ModerationNav } from "./_components/moderation-nav";

export const metadata: Metadata = { title: "Moderation", robots: { index: false } };

// Hides the views from everyone else; every action behind them checks the role again.
export default async function ModerateLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!hasRole(viewer, "moderator") || viewer?.ban) notFound();
  return (
    <div className="page page--moderate">
      <ModerationNav isAdmin={hasRole(viewer, "admin")} />
      {children}
    </div>
  );
}
