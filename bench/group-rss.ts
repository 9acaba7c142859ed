import { readFileSync, readdirSync } from "node:fs";

/** Resident memory of every process in a process group, in MiB (Linux /proc). */
export function groupRssMiB(pgid: number): number {
  let kib = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 5 of /proc/PID/stat (after the parenthesised name) is the process group.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kib / 1024);
}
