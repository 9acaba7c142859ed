import "server-only";

/** A fixed-window limit: at most `limit` hits per subject per `windowMs`. */
export type RateLimitPolicy = {
  /** Key prefix in rate_limit_buckets; keep it stable, or counters restart. */
  name: string;
  limit: number;
  windowMs: number;
  /** What was limited, shown to the person; "Try again in …" is appended. */
  message: string;
  /**
   * Take back a refused hit, so only allowed ones count: for limits a stranger could
   * otherwise keep someone under by hammering them (sign-in, emailed links).
   */
  refundRefused?: boolean;
};

const MINUTE = 60_000;

export const limits = {
  // Per user: a fast typist posts a few comments a minute, a spammer many more.
  postComment: { name: "post-comment", limit: 5, windowMs: MINUTE, message: "You're posting comments too fast." },
  // Per IP: a newsroom or campus shares one address, so this is looser than per user.
  postCommentByIp: { name: "post-comment-ip", limit: 20, windowMs: MINUTE, message: "Too many comments from your network." },
  // Per user: a reader scrolling a long thread may vote once a second.
  vote: { name: "vote", limit: 60, windowMs: MINUTE, message: "You're voting too fast." },
  // Per IP: twice the per-user rate for shared addresses.
  voteByIp: { name: "vote-ip", limit: 120, windowMs: MINUTE, message: "Too many votes from your network." },
  // Per user: reports reach moderators, so flooding them is the abuse to stop.
  report: { name: "report", limit: 10, windowMs: 10 * MINUTE, message: "You've sent a lot of reports." },
  // Sign-in limits count failed attempts only (a successful sign-in is refunded), so a
  // newsroom behind one address can sign in all morning; refused attempts don't count either.
  // Per IP: slows password guessing across many accounts.
  signIn: { name: "sign-in-ip", limit: 10, windowMs: 15 * MINUTE, message: "Too many sign-in attempts.", refundRefused: true },
  // Per account and IP: slows guessing one password, without letting one stranger's
  // failures lock the account's owner out.
  signInByEmailAndIp: { name: "sign-in-email-ip", limit: 5, windowMs: 15 * MINUTE, message: "Too many sign-in attempts for this account.", refundRefused: true },
  // Per account from anywhere: the ceiling on guessing one password from many addresses.
  // A browser that signed in to the account with its password is exempt (known-device.ts),
  // so strangers filling it lock out only new devices, which can still sign in by email link.
  signInByEmail: { name: "sign-in-email", limit: 100, windowMs: 60 * MINUTE, message: "Too many sign-in attempts for this account.", refundRefused: true },
  // Emailed links (sign-in, sign-up, reset): every one is a message in someone's inbox.
  // Per address and IP: one stranger can't fill an inbox quickly.
  emailLinkByAddressAndIp: { name: "email-link-ip", limit: 3, windowMs: 15 * MINUTE, message: "Several links were just sent to this address.", refundRefused: true },
  // Per IP, any address: stops one client spraying links at many inboxes.
  emailLinkByIp: { name: "email-link-any", limit: 20, windowMs: 60 * MINUTE, message: "Too many sign-in links were asked for from your network.", refundRefused: true },
  // Per address from anywhere: the ceiling on mail to one inbox. The owner's own browser
  // gets past it (known-device.ts), so strangers filling it lock out only new devices.
  emailLinkByAddress: { name: "email-link", limit: 20, windowMs: 60 * MINUTE, message: "Too many links were sent to this address.", refundRefused: true },
  // Per IP: stops scripted account creation.
  signUpByIp: { name: "sign-up-ip", limit: 5, windowMs: 60 * MINUTE, message: "Too many accounts created from your network." },
} as const satisfies Record<string, RateLimitPolicy>;
