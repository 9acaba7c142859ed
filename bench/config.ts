/** Fixed settings of `npm run bench`: bounded, loopback only, the same on every run. */
export const SIZES = [1_000, 10_000, 100_000] as const;
/** Share of a thread's comments that are replies; the rest are top-level. */
export const REPLY_EVERY = 5;
export const AUTHORS = 5_000;
export const MEASURE_SECONDS = 10;
export const WARMUP_SECONDS = 2;
export const CONNECTIONS = 20;
/** The first page must cost the same at 100,000 comments as at 1,000, within this share. */
export const FLAT_TOLERANCE = 0.2;
export const INSERT_BATCH = 5_000;

export const HOME_SITE_SLUG = "daily8";
export const DEFAULT_PORT = 3200;
/** The bench app signs sessions with this, so the bench can mint readers' session cookies. */
export const AUTH_SECRET = "bench-secret-not-for-production-0123456789";

export function articleSlug(size: number): string {
  return `bench-${size >= 1_000 ? `${size / 1_000}k` : size}`;
}

export const formatCount = (n: number) => n.toLocaleString("en");
