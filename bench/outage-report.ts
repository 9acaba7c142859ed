/** One request of the outage run: when it was sent (ms from the start), how long it took, what came back. */
export type Sample = {
  target: string;
  at: number;
  ms: number;
  status: number;
  retryAfter: string | null;
  /** A signed-in request whose answer cleared the session cookie. */
  cleared: boolean;
  /** The page or error said "briefly unavailable". */
  unavailableNotice: boolean;
};

type Marks = { stoppedAt: number; startedAt: number };

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

/**
 * Figures of the run: statuses before, during and after the outage, the slowest answer while the
 * database was down, sessions cleared, and how long after the restart every request succeeded again.
 */
export function summarize(samples: Sample[], { stoppedAt, startedAt }: Marks) {
  const during = samples.filter((s) => s.at >= stoppedAt && s.at < startedAt);
  const after = samples.filter((s) => s.at >= startedAt);
  const lastFailure = after.filter((s) => s.status >= 500 || s.status === 0).reduce((max, s) => Math.max(max, s.at + s.ms), startedAt);
  return {
    requests: samples.length,
    statusesBefore: countBy(samples.filter((s) => s.at < stoppedAt), (s) => String(s.status)),
    statusesDuringOutage: countBy(during, (s) => `${s.target} ${s.status}`),
    fivexxByStatus: countBy(samples.filter((s) => s.status >= 500), (s) => String(s.status)),
    unanswered: samples.filter((s) => s.status === 0).length,
    maxLatencyDuringOutageMs: Math.max(0, ...during.map((s) => s.ms)),
    answeredWithin5sDuringOutage: during.filter((s) => s.ms <= 5000).length,
    with503AndRetryAfter: samples.filter((s) => s.status === 503 && s.retryAfter).length,
    pagesWithUnavailableNotice: during.filter((s) => s.unavailableNotice && s.status === 200).length,
    sessionCookiesCleared: samples.filter((s) => s.cleared).length,
    recoveryAfterRestartMs: lastFailure - startedAt,
  };
}
