export type RequestTiming = { name: string; path: string; runs: number; bytes: number; medianMs: number; p95Ms: number };

type Target = { name: string; path: string; headers?: Record<string, string> };

/**
 * Times whole answers (headers and body) of each target over `runs` requests, alternating
 * between them so both see the same machine; the first five rounds warm up and are dropped.
 */
export async function timeThreadRequests(origin: string, targets: Target[], runs: number): Promise<RequestTiming[]> {
  const samples = targets.map(() => [] as number[]);
  const bytes = targets.map(() => 0);
  for (let round = -5; round < runs; round++) {
    for (const [i, target] of targets.entries()) {
      const started = performance.now();
      const response = await fetch(`${origin}${target.path}`, { headers: target.headers, redirect: "manual" });
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`${target.name}: GET ${target.path} answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 200)}`);
      bytes[i] = body.byteLength;
      if (round >= 0) samples[i]!.push(ms);
    }
  }
  return targets.map((t, i) => ({ name: t.name, path: t.path, runs, bytes: bytes[i]!, medianMs: percentile(samples[i]!, 0.5), p95Ms: percentile(samples[i]!, 0.95) }));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! * 100) / 100;
}
