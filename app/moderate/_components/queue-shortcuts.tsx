"use client";

import { useEffect } from "react";

// j / k move between entries, a approves, r starts a rejection (focus on the reason;
// Enter there rejects). Ignored while typing in a field.
export function QueueShortcuts() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.altKey || event.ctrlKey || event.metaKey || target.closest("input, textarea, select")) return;
      const entries = [...document.querySelectorAll<HTMLElement>("[data-queue-entry]")];
      if (entries.length === 0) return;
      const current = entries.findIndex((e) => e.contains(document.activeElement));
      const focusAt = (i: number) => entries[Math.max(0, Math.min(entries.length - 1, i))]?.focus();
      const active = entries[current];
      if (event.key === "j") focusAt(current + 1);
      else if (event.key === "k") focusAt(current < 0 ? 0 : current - 1);
      else if (event.key === "a" && active) active.querySelector<HTMLButtonElement>('[data-shortcut="approve"]')?.click();
      else if (event.key === "r" && active) active.querySelector<HTMLInputElement>('[data-shortcut="reason"]')?.focus();
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
